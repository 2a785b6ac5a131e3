#pragma once

#include "OperationPage.h"

class QComboBox;
class QLabel;

namespace vigie {

// The first page of every wizard: which server the operation runs on (the one selected in the
// main window by default), with its address, profile and how fresh Vigie's view of it is.
class ServerPage : public OperationPage
{
    Q_OBJECT
public:
    explicit ServerPage(QWidget* parent = nullptr);

    void showServer(const QString& serverId);
    void initializePage() override;

protected:
    bool ready() const override;

private:
    void fillServers();
    void updateDetails();

    QComboBox* m_servers;
    QLabel* m_details;
    bool m_filling = false;
};

} // namespace vigie

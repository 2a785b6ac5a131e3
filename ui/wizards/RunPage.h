#pragma once

#include "OperationPage.h"

namespace vigie {

class RunProgressView;

// Starts the reviewed plan on the server and follows it: step progress, live output, Cancel.
class RunPage : public OperationPage
{
    Q_OBJECT
public:
    explicit RunPage(QWidget* parent = nullptr);

    void initializePage() override;
    RunProgressView* view() const { return m_view; }

protected:
    bool ready() const override;

private:
    RunProgressView* m_view;
};

} // namespace vigie

#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace vigie {

class MessageBanner;
class OperationWizard;

// A wizard page that may read from the server: while it does (busy), a busy indicator shows
// what it waits for and Back/Next stay disabled; a failure stays visible in the page's banner.
// Subclasses put their widgets in contentLayout() and say when they are ready().
class OperationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OperationPage(QWidget* parent = nullptr);

    bool isBusy() const { return m_busy; }
    bool isComplete() const override;
    MessageBanner* banner() const { return m_banner; }
    OperationWizard* operationWizard() const;

protected:
    QVBoxLayout* contentLayout() const { return m_content; }
    virtual bool ready() const { return true; }
    void setBusy(bool busy, const QString& what = {});
    void showError(const QString& text);
    void clearError();

private:
    bool m_busy = false;
    MessageBanner* m_banner;
    QLabel* m_busyLabel;
    QProgressBar* m_busyBar;
    QVBoxLayout* m_content;
};

} // namespace vigie

#pragma once

#include "ConnectionTest.h"
#include "ServerStatus.h"
#include "fleet/Server.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace vigie {

class MessageBanner;

// The "Overview" tab: who the selected server is, how Vigie logs in, its host key once known,
// and the result of the last "Connect and test".
class ServerOverview : public QWidget
{
    Q_OBJECT
public:
    explicit ServerOverview(QWidget* parent = nullptr);

    void showPlaceholder();
    // keyDescription: how Vigie authenticates, already worded (key name and fingerprint, agent).
    void showServer(const Server& server, const QString& keyDescription);
    void setStatus(const ServerStatus& status);
    void setHostKeyFingerprint(const QString& fingerprint);
    void setTestRunning(bool running);
    void setTestResult(const std::optional<ConnectionTestResult>& result);

signals:
    void connectAndTestRequested();

private:
    QStackedWidget* m_pages;
    QLabel* m_name;
    QLabel* m_address;
    QLabel* m_group;
    QLabel* m_auth;
    QLabel* m_hostKey;
    QLabel* m_statusDot;
    QLabel* m_status;
    QPushButton* m_testButton;
    QLabel* m_testSummary;
    MessageBanner* m_testError;
    QPlainTextEdit* m_testOutput;
};

} // namespace vigie

#include "ServerOverview.h"

#include "widgets/MessageBanner.h"
#include "widgets/RemoteText.h"
#include "widgets/StatusDot.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vigie {

namespace {
QLabel* valueLabel(QWidget* parent, const QString& objectName)
{
    auto* label = RemoteText::label(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

ServerOverview::ServerOverview(QWidget* parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("serverOverview"));

    auto* placeholder = new QLabel(tr("Select a server in the list to see its details."), this);
    placeholder->setObjectName(QStringLiteral("overviewPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);

    auto* details = new QWidget(this);
    m_name = valueLabel(details, QStringLiteral("overviewName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_address = valueLabel(details, QStringLiteral("overviewAddress"));
    m_group = valueLabel(details, QStringLiteral("overviewGroup"));
    m_auth = valueLabel(details, QStringLiteral("overviewAuth"));
    m_hostKey = valueLabel(details, QStringLiteral("overviewHostKey"));
    m_statusDot = new QLabel(details);
    m_status = valueLabel(details, QStringLiteral("overviewStatus"));
    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_statusDot, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Group:"), m_group);
    form->addRow(tr("Authentication:"), m_auth);
    form->addRow(tr("Host key:"), m_hostKey);
    form->addRow(tr("Connection:"), statusRow);

    auto* testBox = new QGroupBox(tr("Connection test"), details);
    m_testButton = new QPushButton(tr("Connect and test"), testBox);
    m_testButton->setObjectName(QStringLiteral("overviewConnectTest"));
    m_testButton->setToolTip(
        tr("Connects (if needed) and runs “%1” on the server.").arg(ConnectionTest::command()));
    connect(m_testButton, &QPushButton::clicked, this, &ServerOverview::connectAndTestRequested);
    m_testSummary = valueLabel(testBox, QStringLiteral("testSummary"));
    m_testError = new MessageBanner(testBox);
    m_testError->setObjectName(QStringLiteral("testError"));
    m_testOutput = new QPlainTextEdit(testBox);
    m_testOutput->setObjectName(QStringLiteral("testOutput"));
    m_testOutput->setReadOnly(true);
    m_testOutput->setFont(fixed);
    m_testOutput->setMaximumBlockCount(500);
    m_testOutput->setPlaceholderText(tr("The output of the test command appears here."));
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testSummary, 1);
    auto* testLayout = new QVBoxLayout(testBox);
    testLayout->addLayout(testRow);
    testLayout->addWidget(m_testError);
    testLayout->addWidget(m_testOutput, 1);

    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_name);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(testBox, 1);

    m_pages->addWidget(placeholder);
    m_pages->addWidget(details);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    showPlaceholder();
}

void ServerOverview::showPlaceholder()
{
    m_pages->setCurrentIndex(0);
}

void ServerOverview::showServer(const Server& server, const QString& keyDescription)
{
    m_pages->setCurrentIndex(1);
    m_name->setText(server.name);
    m_address->setText(server.address());
    m_group->setText(server.group.isEmpty() ? tr("none", "no group") : server.group);
    m_auth->setText(keyDescription);
}

void ServerOverview::setStatus(const ServerStatus& status)
{
    const int size = fontMetrics().height();
    m_statusDot->setPixmap(StatusDot::pixmap(status.color(), size, devicePixelRatioF()));
    // The reason of a failure is in the test result below; the whole text stays in the tooltip.
    m_status->setText(status.kind == ServerStatus::Kind::Failed ? status.shortText()
                                                                : status.details());
    m_status->setToolTip(status.text());
}

void ServerOverview::setHostKeyFingerprint(const QString& fingerprint)
{
    if (fingerprint.isEmpty()) {
        m_hostKey->setFont(font());
        m_hostKey->setText(tr("not known yet: it is shown once connected"));
        return;
    }
    m_hostKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hostKey->setText(fingerprint);
}

void ServerOverview::setTestRunning(bool running)
{
    m_testButton->setEnabled(!running);
    if (running) {
        m_testSummary->setText(tr("Testing…"));
        m_testError->clearMessage();
    }
}

void ServerOverview::setTestResult(const std::optional<ConnectionTestResult>& result)
{
    m_testError->clearMessage();
    m_testOutput->clear();
    if (!result) {
        m_testSummary->setText(tr("Not tested yet."));
        return;
    }
    const QLocale locale;
    const QString when = locale.toString(result->finishedAt.time(), QLocale::ShortFormat);
    QStringList timings;
    if (result->connectMs >= 0)
        timings.append(tr("connected in %1 ms").arg(locale.toString(result->connectMs)));
    if (result->roundTripMs >= 0)
        timings.append(tr("command round trip %1 ms").arg(locale.toString(result->roundTripMs)));
    const QString timing = timings.join(QStringLiteral(", "));
    if (result->ok) {
        m_testSummary->setText(timing.isEmpty() ? tr("Succeeded at %1.").arg(when)
                                                : tr("Succeeded at %1: %2.").arg(when, timing));
    } else {
        m_testSummary->setText(tr("Failed at %1.").arg(when));
        m_testError->showMessage(MessageBanner::Kind::Error, result->error);
    }
    m_testOutput->setPlainText(result->output.trimmed());
}

} // namespace vigie

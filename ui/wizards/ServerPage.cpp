#include "ServerPage.h"

#include "OperationWizard.h"
#include "dashboards/DisplayFormat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace vigie {

ServerPage::ServerPage(QWidget* parent)
    : OperationPage(parent)
    , m_servers(new QComboBox(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("serverPage"));
    setTitle(tr("Server"));
    setSubTitle(tr("The operation runs on this server, detached: closing Vigie or losing the "
                   "connection does not stop it."));
    m_servers->setObjectName(QStringLiteral("serverCombo"));
    m_details->setObjectName(QStringLiteral("serverDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_servers);
    form->addRow(QString(), m_details);
    contentLayout()->addLayout(form);
    contentLayout()->addStretch(1);

    connect(m_servers, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        if (auto* wizard = operationWizard())
            wizard->setServer(m_servers->currentData().toString());
    });
}

void ServerPage::fillServers()
{
    auto* wizard = operationWizard();
    if (!wizard)
        return;
    m_filling = true;
    const QString current = wizard->hasContext() ? wizard->context().server.id : QString();
    m_servers->clear();
    for (const Server& server : wizard->environment()->servers())
        m_servers->addItem(tr("%1 (%2)").arg(server.name, server.address()), server.id);
    m_servers->setCurrentIndex(m_servers->findData(current));
    m_filling = false;
}

void ServerPage::showServer(const QString&)
{
    fillServers();
    updateDetails();
    emit completeChanged();
}

void ServerPage::initializePage()
{
    fillServers();
    updateDetails();
}

bool ServerPage::ready() const
{
    auto* wizard = operationWizard();
    return wizard && wizard->hasContext();
}

void ServerPage::updateDetails()
{
    auto* wizard = operationWizard();
    if (!wizard || !wizard->hasContext()) {
        m_details->setText(tr("Choose a server."));
        return;
    }
    const OperationContext& context = wizard->context();
    QStringList lines;
    lines << tr("Profile: %1")
                 .arg(context.profile.name.isEmpty() ? context.profile.id : context.profile.name);
    if (context.snapshot)
        lines << tr("Last refresh: %1").arg(DisplayFormat::dateTime(context.snapshot->takenAt));
    else
        lines << tr("Not refreshed yet: lists are read from the server on the next pages.");
    m_details->setText(lines.join(QLatin1Char('\n')));
}

} // namespace vigie

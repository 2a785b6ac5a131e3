#include "PreferencesDialog.h"

#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie {

namespace {

QSpinBox* spinBox(const QString& objectName, int minimum, int maximum, const QString& suffix,
                  QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

// A row whose field is a layout (edit + Browse…) gets no buddy from QFormLayout, and a label
// without a buddy shows its '&' instead of underlining the shortcut.
QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(Preferences* preferences, const QStringList& keyNames,
                                     QWidget* parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(createGeneralGroup());
    layout->addWidget(createConnectionGroup(keyNames));
    layout->addWidget(createThresholdGroup());
    layout->addWidget(createJournalGroup());
    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, Qt::Horizontal, this);
    auto* defaults = buttons->addButton(QDialogButtonBox::RestoreDefaults);
    connect(defaults, &QPushButton::clicked, this, [this] { setValues(PreferenceValues()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    layout->addWidget(buttons);
    setValues(preferences->values());
}

QWidget* PreferencesDialog::createGeneralGroup()
{
    auto* group = new QGroupBox(tr("General"), this);
    auto* box = new QVBoxLayout(group);
    auto* form = new QFormLayout;
    box->addLayout(form);
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so an operator can find their own.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_languageNote = new QLabel(group);
    m_languageNote->setWordWrap(true);
    m_languageNote->setEnabled(false);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateLanguageNote);
    form->addRow(tr("&Language:"), m_language);
    // Under the form, not in it: QFormLayout gives a wrapped label too little height.
    box->addWidget(m_languageNote);
    m_refresh = spinBox(QStringLiteral("refreshInterval"), 0, 86400, tr(" s"), group);
    m_refresh->setSpecialValueText(tr("Off"));
    m_refresh->setToolTip(tr("How often the dashboards probe every server (0: never)."));
    form->addRow(tr("Dashboard &refresh every:"), m_refresh);
    return group;
}

QWidget* PreferencesDialog::createConnectionGroup(const QStringList& keyNames)
{
    auto* group = new QGroupBox(tr("Connections"), this);
    auto* form = new QFormLayout(group);
    m_connectTimeout = spinBox(QStringLiteral("connectTimeout"), 2, 300, tr(" s"), group);
    form->addRow(tr("Connection &timeout:"), m_connectTimeout);
    m_keepalive = spinBox(QStringLiteral("keepaliveInterval"), 2, 600, tr(" s"), group);
    m_keepalive->setToolTip(
        tr("A server silent for three intervals is considered gone and the connection reopened."));
    form->addRow(tr("Keepali&ve every:"), m_keepalive);
    m_knownHosts = new QLineEdit(group);
    m_knownHosts->setObjectName(QStringLiteral("knownHostsFile"));
    m_knownHosts->setPlaceholderText(tr("Vigie's own file in its data folder"));
    auto* browse = new QPushButton(tr("Browse…"), group);
    connect(browse, &QPushButton::clicked, this,
            [this] { browseFor(m_knownHosts, tr("known_hosts file"), true); });
    auto* row = new QHBoxLayout;
    row->addWidget(m_knownHosts, 1);
    row->addWidget(browse);
    form->addRow(buddyLabel(tr("known_&hosts file:"), m_knownHosts), row);
    m_defaultKey = new QComboBox(group);
    m_defaultKey->setObjectName(QStringLiteral("defaultKey"));
    m_defaultKey->addItem(tr("None"), QString());
    for (const QString& name : keyNames)
        m_defaultKey->addItem(name, name);
    form->addRow(tr("&Default key for new servers:"), m_defaultKey);
    return group;
}

QWidget* PreferencesDialog::createThresholdGroup()
{
    auto* group = new QGroupBox(tr("Thresholds"), this);
    auto* box = new QVBoxLayout(group);
    auto* form = new QFormLayout;
    box->addLayout(form);
    m_certificateWarning = spinBox(QStringLiteral("certificateWarning"), 1, 3650, {}, group);
    m_certificateWarning->setSuffix(tr(" days"));
    form->addRow(tr("Certificate &warning before expiry:"), m_certificateWarning);
    m_certificateCritical = spinBox(QStringLiteral("certificateCritical"), 1, 365, {}, group);
    m_certificateCritical->setSuffix(tr(" days"));
    form->addRow(tr("Certificate &critical before expiry:"), m_certificateCritical);
    m_backupMaxAge = spinBox(QStringLiteral("backupMaxAge"), 1, 24 * 366, tr(" h"), group);
    form->addRow(tr("Default maximum &backup age:"), m_backupMaxAge);
    auto* note = new QLabel(
        tr("Built-in profiles use these values; a server's own profile keeps its own."), group);
    note->setWordWrap(true);
    note->setEnabled(false);
    box->addWidget(note);
    return group;
}

QWidget* PreferencesDialog::createJournalGroup()
{
    auto* group = new QGroupBox(tr("Journal of operations"), this);
    auto* form = new QFormLayout(group);
    m_journalPath = new QLineEdit(group);
    m_journalPath->setObjectName(QStringLiteral("journalPath"));
    m_journalPath->setPlaceholderText(tr("journal.sqlite in Vigie's data folder"));
    auto* browse = new QPushButton(tr("Browse…"), group);
    connect(browse, &QPushButton::clicked, this,
            [this] { browseFor(m_journalPath, tr("Journal file"), true); });
    auto* row = new QHBoxLayout;
    row->addWidget(m_journalPath, 1);
    row->addWidget(browse);
    form->addRow(buddyLabel(tr("Locat&ion:"), m_journalPath), row);
    m_journalRetention = spinBox(QStringLiteral("journalRetention"), 0, 36500, {}, group);
    m_journalRetention->setSuffix(tr(" days"));
    m_journalRetention->setSpecialValueText(tr("Forever"));
    form->addRow(tr("&Keep entries for:"), m_journalRetention);
    return group;
}

void PreferencesDialog::browseFor(QLineEdit* edit, const QString& title, bool save)
{
    const QString path = save ? QFileDialog::getSaveFileName(this, title, edit->text(), {}, nullptr,
                                                             QFileDialog::DontConfirmOverwrite)
                              : QFileDialog::getOpenFileName(this, title, edit->text());
    if (!path.isEmpty())
        edit->setText(path);
}

void PreferencesDialog::updateLanguageNote()
{
    const bool changed = m_language->currentData().toString() != m_preferences->values().language;
    m_languageNote->setText(changed ? tr("The new language applies when Vigie next starts.")
                                    : QString());
    m_languageNote->setVisible(changed);
}

PreferenceValues PreferencesDialog::values() const
{
    PreferenceValues v;
    v.language = m_language->currentData().toString();
    v.refreshIntervalSeconds = m_refresh->value();
    v.connectTimeoutSeconds = m_connectTimeout->value();
    v.keepaliveIntervalSeconds = m_keepalive->value();
    v.knownHostsFile = m_knownHosts->text();
    v.defaultKeyName = m_defaultKey->currentData().toString();
    v.certificateWarningDays = m_certificateWarning->value();
    v.certificateCriticalDays = m_certificateCritical->value();
    v.backupMaxAgeHours = m_backupMaxAge->value();
    v.journalPath = m_journalPath->text();
    v.journalRetentionDays = m_journalRetention->value();
    return v;
}

void PreferencesDialog::setValues(const PreferenceValues& values)
{
    const PreferenceValues v = Preferences::clamped(values);
    m_language->setCurrentIndex(qMax(0, m_language->findData(v.language)));
    m_refresh->setValue(v.refreshIntervalSeconds);
    m_connectTimeout->setValue(v.connectTimeoutSeconds);
    m_keepalive->setValue(v.keepaliveIntervalSeconds);
    m_knownHosts->setText(v.knownHostsFile);
    int key = m_defaultKey->findData(v.defaultKeyName);
    if (key < 0) { // a key that left the keychain stays visible rather than silently dropped
        m_defaultKey->addItem(tr("%1 (not in the keychain)").arg(v.defaultKeyName),
                              v.defaultKeyName);
        key = m_defaultKey->count() - 1;
    }
    m_defaultKey->setCurrentIndex(key);
    m_certificateWarning->setValue(v.certificateWarningDays);
    m_certificateCritical->setValue(v.certificateCriticalDays);
    m_backupMaxAge->setValue(v.backupMaxAgeHours);
    m_journalPath->setText(v.journalPath);
    m_journalRetention->setValue(v.journalRetentionDays);
    updateLanguageNote();
}

void PreferencesDialog::accept()
{
    const PreferenceValues v = values();
    if (v.certificateWarningDays < v.certificateCriticalDays) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The certificate warning must come before the critical state: "
                                 "choose at least %n day(s).",
                                 nullptr, v.certificateCriticalDays));
        m_certificateWarning->setFocus();
        return;
    }
    QString error;
    if (!m_preferences->apply(v, &error)) {
        m_banner->showMessage(MessageBanner::Kind::Error, error);
        return;
    }
    QDialog::accept();
}

} // namespace vigie

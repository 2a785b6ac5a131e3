#pragma once

#include "core/Preferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace vigie {

class MessageBanner;

// Edit → Preferences: language, refresh, timeouts, thresholds, journal, known_hosts and the
// default key. OK saves through Preferences, which tells the running parts (they apply the
// change at once; the language applies at the next start).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(Preferences* preferences, const QStringList& keyNames,
                      QWidget* parent = nullptr);

    PreferenceValues values() const; // as currently edited
    void setValues(const PreferenceValues& values);

    void accept() override;

private:
    QWidget* createGeneralGroup();
    QWidget* createConnectionGroup(const QStringList& keyNames);
    QWidget* createThresholdGroup();
    QWidget* createJournalGroup();
    void browseFor(QLineEdit* edit, const QString& title, bool save);
    void updateLanguageNote();

    Preferences* m_preferences;
    MessageBanner* m_banner;
    QComboBox* m_language;
    QLabel* m_languageNote;
    QSpinBox* m_refresh;
    QSpinBox* m_connectTimeout;
    QSpinBox* m_keepalive;
    QLineEdit* m_knownHosts;
    QComboBox* m_defaultKey;
    QSpinBox* m_certificateWarning;
    QSpinBox* m_certificateCritical;
    QSpinBox* m_backupMaxAge;
    QLineEdit* m_journalPath;
    QSpinBox* m_journalRetention;
};

} // namespace vigie

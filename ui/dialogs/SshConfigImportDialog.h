#pragma once

#include "fleet/SshConfigImport.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace vigie {

class Fleet;
class KeyRing;
class MessageBanner;
struct KeyResult;

// "Import from ~/.ssh/config…": lists the concrete Host entries of an OpenSSH client config,
// lets the operator pick some, adds them to the fleet and (optionally) imports their identity
// files into the keychain. Same rules as `vigie-cli servers import-ssh-config`. The dialog stays
// open after an import and lists what was added, skipped or failed.
class SshConfigImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        HostColumn, // check box + alias
        AddressColumn,
        IdentityColumn,
        NotesColumn,
        ColumnCount
    };

    SshConfigImportDialog(Fleet* fleet, KeyRing* keyRing, QWidget* parent = nullptr);

    // Test entry points (the buttons call them after their file dialog).
    void loadFile(const QString& path);
    void importChecked();

    QString path() const { return m_path; }
    int checkedCount() const;
    bool isBusy() const { return m_pendingKeys > 0; }
    QStringList results() const; // the lines of the result area

    void reject() override; // refused while keys are being imported

signals:
    void importFinished();

private:
    void chooseFile();
    void populate();
    void updateButtons();
    void addServer(Server server, const QString& note = {});
    void keyImported(const QString& keyName, const KeyResult& result);
    void addResult(const QString& text);
    void finishIfIdle();

    Fleet* m_fleet;
    KeyRing* m_keyRing;
    QString m_path;
    QList<SshConfigImport::Candidate> m_candidates;
    QLabel* m_pathLabel;
    QPushButton* m_chooseButton;
    QTreeWidget* m_hosts;
    QCheckBox* m_importKeys;
    QPushButton* m_importButton;
    QPushButton* m_closeButton;
    MessageBanner* m_message;
    QListWidget* m_results;
    // Key imports in flight: key name -> the servers waiting for it.
    QHash<QString, QList<Server>> m_waitingForKey;
    int m_pendingKeys = 0;
    int m_added = 0;
    int m_failed = 0;
};

} // namespace vigie

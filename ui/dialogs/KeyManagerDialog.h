#pragma once

#include <QDialog>

#include <functional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace vigie {

class KeyRing;
class KeyTableModel;
class MessageBanner;
struct KeyResult;

// "Keys…": the operator's SSH keys (private parts in the keychain). Each button opens its own
// small dialog (file dialog, name prompt, confirmation) and then calls one of the public entry
// points below, which tests call directly.
class KeyManagerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeyManagerDialog(KeyRing* keyRing, QWidget* parent = nullptr);

    // Which servers use a key, to warn before deleting or to follow a rename.
    void setKeyUsage(std::function<QStringList(const QString& keyName)> usage);

    void importKeyFile(const QString& path, const QString& name, const QByteArray& passphrase,
                       bool remember);
    void generateKey(const QString& name);
    void renameKey(const QString& oldName, const QString& newName);
    void deleteKey(const QString& name); // asks for confirmation first
    void copyPublicKey(const QString& name);
    bool exportPublicKey(const QString& name, const QString& path);

    QString selectedKeyName() const;
    void selectKey(const QString& name);
    bool isBusy() const { return m_busy > 0; }

signals:
    void keyRenamed(const QString& oldName, const QString& newName);
    void busyChanged(bool busy);

private:
    void chooseFileToImport();
    void askImportDetails(const QString& path);
    void askNameToGenerate();
    void askNewName();
    void askExportPath();
    void showGeneratedKey(const QString& name, const QString& authorizedKeysLine);
    void setBusy(bool busy);
    void updateButtons();
    void showError(const QString& text);
    void showSuccess(const QString& text);
    QString suggestedGeneratedName() const;

    KeyRing* m_keyRing;
    KeyTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    MessageBanner* m_message;
    QLabel* m_busyLabel;
    QLabel* m_emptyHint = nullptr;
    QPushButton* m_importButton;
    QPushButton* m_generateButton;
    QPushButton* m_renameButton;
    QPushButton* m_deleteButton;
    QPushButton* m_copyButton;
    QPushButton* m_exportButton;
    QGroupBox* m_generatedBox;
    QLineEdit* m_generatedLine;
    QString m_generatedName;
    std::function<QStringList(const QString&)> m_usage;
    int m_busy = 0;
};

} // namespace vigie

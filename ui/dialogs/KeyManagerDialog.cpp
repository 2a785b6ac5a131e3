#include "KeyManagerDialog.h"

#include "Confirmation.h"
#include "ImportKeyDialog.h"
#include "KeyTableModel.h"
#include "secrets/KeyRing.h"
#include "ssh/SshLibrary.h"
#include "widgets/MessageBanner.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace vigie {

KeyManagerDialog::KeyManagerDialog(KeyRing* keyRing, QWidget* parent)
    : QDialog(parent)
    , m_keyRing(keyRing)
    , m_model(new KeyTableModel(keyRing, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_message(new MessageBanner(this))
    , m_busyLabel(new QLabel(tr("Talking to the keychain…"), this))
{
    setObjectName(QStringLiteral("keyManagerDialog"));
    setWindowTitle(tr("Keys"));

    auto* intro = new QLabel(tr("Private keys are kept in the system keychain. Vigie itself only "
                                "stores their names and public parts."),
                             this);
    intro->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::EditRole);
    m_table->setObjectName(QStringLiteral("keyTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(KeyTableModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // Every column fits its contents except the free-form comment, which takes what is left.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KeyTableModel::CommentColumn,
                                                      QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setAlternatingRowColors(true);
    m_table->setMinimumWidth(560);

    const auto makeButton = [this](const QString& text, const char* name) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false);
        return button;
    };
    m_importButton = makeButton(tr("&Import…"), "importButton");
    m_generateButton = makeButton(tr("&Generate Ed25519…"), "generateButton");
    m_renameButton = makeButton(tr("&Rename…"), "renameButton");
    m_deleteButton = makeButton(tr("&Delete"), "deleteButton");
    m_copyButton = makeButton(tr("&Copy public key"), "copyButton");
    m_exportButton = makeButton(tr("&Export public key…"), "exportButton");
    m_importButton->setToolTip(tr("Import a private key file, e.g. from ~/.ssh"));
    m_copyButton->setToolTip(tr("Copy the authorized_keys line of the key to the clipboard"));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_generateButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_deleteButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch();

    // Shown instead of an empty table's blank space.
    m_emptyHint = new QLabel(tr("No keys yet. Import an existing private key (for example "
                                "~/.ssh/id_ed25519) or generate a new Ed25519 key."),
                             this);
    m_emptyHint->setObjectName(QStringLiteral("emptyKeysHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setEnabled(false);
    auto* tableColumn = new QVBoxLayout;
    tableColumn->addWidget(m_table, 1);
    tableColumn->addWidget(m_emptyHint);

    auto* tableRow = new QHBoxLayout;
    tableRow->addLayout(tableColumn, 1);
    tableRow->addLayout(buttons);

    m_generatedBox = new QGroupBox(this);
    m_generatedBox->setObjectName(QStringLiteral("generatedKeyBox"));
    m_generatedLine = new QLineEdit(m_generatedBox);
    m_generatedLine->setObjectName(QStringLiteral("generatedKeyLine"));
    m_generatedLine->setReadOnly(true);
    m_generatedLine->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* copyGenerated = new QPushButton(tr("Copy"), m_generatedBox);
    copyGenerated->setObjectName(QStringLiteral("copyGeneratedButton"));
    copyGenerated->setAutoDefault(false);
    connect(copyGenerated, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_generatedLine->text());
        showSuccess(tr("Copied to the clipboard."));
    });
    auto* hint = new QLabel(tr("Add this line to ~/.ssh/authorized_keys of the user Vigie logs in "
                               "as, on each server that should accept this key."),
                            m_generatedBox);
    hint->setWordWrap(true);
    auto* lineRow = new QHBoxLayout;
    lineRow->addWidget(m_generatedLine, 1);
    lineRow->addWidget(copyGenerated);
    auto* generatedLayout = new QVBoxLayout(m_generatedBox);
    generatedLayout->addLayout(lineRow);
    generatedLayout->addWidget(hint);
    m_generatedBox->hide();

    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busyLabel);
    bottom->addStretch();
    bottom->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(tableRow, 1);
    layout->addWidget(m_generatedBox);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    resize(1220, 460); // room for the SHA256 fingerprint and the comment side by side

    connect(m_importButton, &QPushButton::clicked, this, &KeyManagerDialog::chooseFileToImport);
    connect(m_generateButton, &QPushButton::clicked, this, &KeyManagerDialog::askNameToGenerate);
    connect(m_renameButton, &QPushButton::clicked, this, &KeyManagerDialog::askNewName);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteKey(selectedKeyName()); });
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { copyPublicKey(selectedKeyName()); });
    connect(m_exportButton, &QPushButton::clicked, this, &KeyManagerDialog::askExportPath);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KeyManagerDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeyManagerDialog::updateButtons);
    updateButtons();
}

void KeyManagerDialog::setKeyUsage(std::function<QStringList(const QString&)> usage)
{
    m_usage = std::move(usage);
}

QString KeyManagerDialog::selectedKeyName() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(KeyTableModel::KeyNameRole).toString();
}

void KeyManagerDialog::selectKey(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void KeyManagerDialog::setBusy(bool busy)
{
    const bool wasBusy = isBusy();
    m_busy += busy ? 1 : -1;
    m_busyLabel->setVisible(isBusy());
    updateButtons();
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

void KeyManagerDialog::updateButtons()
{
    const bool selected = !selectedKeyName().isEmpty();
    m_emptyHint->setVisible(m_model->rowCount() == 0);
    m_importButton->setEnabled(!isBusy());
    m_generateButton->setEnabled(!isBusy());
    m_renameButton->setEnabled(selected && !isBusy());
    m_deleteButton->setEnabled(selected && !isBusy());
    m_copyButton->setEnabled(selected);
    m_exportButton->setEnabled(selected);
}

void KeyManagerDialog::showError(const QString& text)
{
    m_message->showMessage(MessageBanner::Kind::Error, text);
}

void KeyManagerDialog::showSuccess(const QString& text)
{
    m_message->showMessage(MessageBanner::Kind::Success, text);
}

// --- Import ---------------------------------------------------------------------------------

void KeyManagerDialog::chooseFileToImport()
{
    QString start = QDir::homePath() + QStringLiteral("/.ssh");
    if (!QFileInfo(start).isDir())
        start = QDir::homePath();
    auto* dialog = new QFileDialog(this, tr("Import a private key"), start);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("All files (*)"), tr("Private keys (id_* *.pem *.key)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& selected) {
        QString path = selected;
        // Picking "id_ed25519.pub" most likely means "id_ed25519".
        if (path.endsWith(QLatin1String(".pub")) && QFileInfo::exists(path.chopped(4)))
            path.chop(4);
        askImportDetails(path);
    });
    dialog->open();
}

void KeyManagerDialog::askImportDetails(const QString& path)
{
    auto* dialog = new ImportKeyDialog(path, m_keyRing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        importKeyFile(dialog->path(), dialog->name(), dialog->passphrase(),
                      dialog->rememberPassphrase());
    });
    dialog->open();
}

void KeyManagerDialog::importKeyFile(const QString& path, const QString& name,
                                     const QByteArray& passphrase, bool remember)
{
    m_message->clearMessage();
    setBusy(true);
    m_keyRing->importFile(name, path, passphrase, remember, this, [this](const KeyResult& result) {
        setBusy(false);
        if (!result.ok()) {
            showError(result.error);
            return;
        }
        selectKey(result.key.name);
        if (result.key.publicKey.isRsa() && !SshLibrary::canSignRsaSha2()) {
            m_message->showMessage(
                MessageBanner::Kind::Warning,
                tr("Key “%1” imported, but this build of Vigie uses libssh2 %2, which cannot sign "
                   "with rsa-sha2 as current OpenSSH servers require: prefer an Ed25519 key.")
                    .arg(result.key.name, SshLibrary::versionText()));
            return;
        }
        showSuccess(tr("Key “%1” imported into the keychain.").arg(result.key.name));
    });
}

// --- Generate -------------------------------------------------------------------------------

QString KeyManagerDialog::suggestedGeneratedName() const
{
    const QString base = QStringLiteral("ed25519");
    QString name = base;
    for (int n = 2; m_keyRing->find(name) && n < 1000; ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

void KeyManagerDialog::askNameToGenerate()
{
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Generate an Ed25519 key"));
    dialog->setLabelText(tr("Name of the new key:"));
    dialog->setTextValue(suggestedGeneratedName());
    dialog->setOkButtonText(tr("Generate"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString& name) { generateKey(name.trimmed()); });
    dialog->open();
}

void KeyManagerDialog::generateKey(const QString& name)
{
    m_message->clearMessage();
    setBusy(true);
    m_keyRing->generateEd25519(name, this, [this](const KeyResult& result) {
        setBusy(false);
        if (!result.ok()) {
            showError(result.error);
            return;
        }
        selectKey(result.key.name);
        showGeneratedKey(result.key.name, result.key.authorizedKeysLine());
        showSuccess(tr("Key “%1” generated and stored in the keychain.").arg(result.key.name));
    });
}

void KeyManagerDialog::showGeneratedKey(const QString& name, const QString& authorizedKeysLine)
{
    m_generatedName = name;
    m_generatedBox->setTitle(tr("Public key of “%1”").arg(name));
    m_generatedLine->setText(authorizedKeysLine);
    m_generatedBox->show();
    // Selected for Ctrl+C, with the cursor at the start so the key type stays in view.
    m_generatedLine->setSelection(int(authorizedKeysLine.size()), -int(authorizedKeysLine.size()));
    m_generatedLine->setFocus();
}

// --- Rename / delete ------------------------------------------------------------------------

void KeyManagerDialog::askNewName()
{
    const QString current = selectedKeyName();
    if (current.isEmpty())
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename key"));
    dialog->setLabelText(tr("New name for “%1”:").arg(current));
    dialog->setTextValue(current);
    dialog->setOkButtonText(tr("Rename"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, current](const QString& name) { renameKey(current, name.trimmed()); });
    dialog->open();
}

void KeyManagerDialog::renameKey(const QString& oldName, const QString& newName)
{
    if (oldName == newName)
        return;
    QString error;
    if (!m_keyRing->rename(oldName, newName, &error)) {
        showError(error);
        return;
    }
    selectKey(newName);
    if (m_generatedName == oldName) {
        m_generatedName = newName;
        m_generatedBox->setTitle(tr("Public key of “%1”").arg(newName));
    }
    emit keyRenamed(oldName, newName);
    showSuccess(tr("Key “%1” renamed to “%2”.").arg(oldName, newName));
}

void KeyManagerDialog::deleteKey(const QString& name)
{
    if (name.isEmpty() || !m_keyRing->find(name))
        return;
    QString text = tr("Delete the key “%1”? Its private key is removed from the keychain. If "
                      "Vigie generated it, that is its only copy.")
                       .arg(name);
    const QStringList users = m_usage ? m_usage(name) : QStringList();
    if (!users.isEmpty()) {
        text += QStringLiteral("\n\n") +
                tr("%n server(s) log in with it and will no longer connect: %1", nullptr,
                   int(users.size()))
                    .arg(users.join(QStringLiteral(", ")));
    }
    Confirmation::ask(this, tr("Delete key"), text, tr("Delete"), [this, name] {
        m_message->clearMessage();
        setBusy(true);
        m_keyRing->remove(name, this, [this, name](const QString& error) {
            setBusy(false);
            if (!error.isEmpty()) {
                showError(error);
                return;
            }
            if (m_generatedName == name)
                m_generatedBox->hide();
            showSuccess(tr("Key “%1” deleted.").arg(name));
        });
    });
}

// --- Public key -----------------------------------------------------------------------------

void KeyManagerDialog::copyPublicKey(const QString& name)
{
    const std::optional<KeyInfo> key = m_keyRing->find(name);
    if (!key)
        return;
    QGuiApplication::clipboard()->setText(key->authorizedKeysLine());
    showSuccess(tr("The public key of “%1” is in the clipboard, ready to be added to "
                   "~/.ssh/authorized_keys on a server.")
                    .arg(name));
}

void KeyManagerDialog::askExportPath()
{
    const QString name = selectedKeyName();
    if (name.isEmpty())
        return;
    auto* dialog =
        new QFileDialog(this, tr("Export public key"),
                        QDir::homePath() + QLatin1Char('/') + name + QStringLiteral(".pub"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("Public keys (*.pub)"), tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("pub"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, name](const QString& path) { exportPublicKey(name, path); });
    dialog->open();
}

bool KeyManagerDialog::exportPublicKey(const QString& name, const QString& path)
{
    const std::optional<KeyInfo> key = m_keyRing->find(name);
    if (!key)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(key->authorizedKeysLine().toUtf8() + '\n') < 0 || !file.commit()) {
        showError(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    showSuccess(tr("Public key of “%1” saved to %2.").arg(name, QDir::toNativeSeparators(path)));
    return true;
}

} // namespace vigie

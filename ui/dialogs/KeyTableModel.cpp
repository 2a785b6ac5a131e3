#include "KeyTableModel.h"

#include <QFontDatabase>
#include <QLocale>

namespace vigie {

KeyTableModel::KeyTableModel(KeyRing* keyRing, QObject* parent)
    : QAbstractTableModel(parent)
    , m_keyRing(keyRing)
    , m_keys(keyRing->keys())
{
    connect(m_keyRing, &KeyRing::keysChanged, this, [this] {
        beginResetModel();
        m_keys = m_keyRing->keys();
        endResetModel();
    });
}

int KeyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int KeyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KeyTableModel::passphraseText(const KeyInfo& key)
{
    if (!key.encrypted)
        return tr("none", "passphrase");
    if (key.passphraseStored)
        return tr("stored in keychain");
    return tr("asked at connection");
}

QVariant KeyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    const KeyInfo& key = m_keys.at(index.row());
    if (role == KeyNameRole)
        return key.name;
    if (role == Qt::FontRole && index.column() == FingerprintColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::TextAlignmentRole && index.column() == BitsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == FingerprintColumn)
            return key.publicKey.fingerprintLine(key.comment);
        if (index.column() == PassphraseColumn && key.encrypted && !key.passphraseStored)
            return tr("Vigie asks for the passphrase at each connection.");
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return key.name;
    case TypeColumn:
        return key.publicKey.typeLabel();
    case BitsColumn:
        return role == Qt::EditRole ? QVariant(key.publicKey.bits())
                                    : QVariant(QLocale().toString(key.publicKey.bits()));
    case FingerprintColumn:
        return key.fingerprint();
    case CommentColumn:
        return key.comment;
    case PassphraseColumn:
        return passphraseText(key);
    default:
        return {};
    }
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case BitsColumn:
        return tr("Bits");
    case FingerprintColumn:
        return tr("Fingerprint");
    case CommentColumn:
        return tr("Comment");
    case PassphraseColumn:
        return tr("Passphrase");
    default:
        return {};
    }
}

int KeyTableModel::rowOf(const QString& keyName) const
{
    for (qsizetype row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).name == keyName)
            return int(row);
    }
    return -1;
}

} // namespace vigie

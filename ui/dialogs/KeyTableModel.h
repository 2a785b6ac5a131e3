#pragma once

#include "secrets/KeyRing.h"

#include <QAbstractTableModel>

namespace vigie {

// The key ring as a table: name, type, bits, fingerprint, comment, passphrase handling.
class KeyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        BitsColumn,
        FingerprintColumn,
        CommentColumn,
        PassphraseColumn,
        ColumnCount
    };
    enum Role
    {
        KeyNameRole = Qt::UserRole + 1
    };

    explicit KeyTableModel(KeyRing* keyRing, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOf(const QString& keyName) const;
    static QString passphraseText(const KeyInfo& key);

private:
    KeyRing* m_keyRing;
    QList<KeyInfo> m_keys;
};

} // namespace vigie

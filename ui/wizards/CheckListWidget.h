#pragma once

#include "ops/OperationChecks.h"

#include <QTreeWidget>

namespace vigie {

// The result of a wizard's checks: one line per check with a status icon AND a status word
// (never colour alone) and the check's text.
class CheckListWidget : public QTreeWidget
{
    Q_OBJECT
public:
    explicit CheckListWidget(QWidget* parent = nullptr);

    void setItems(const QList<CheckItem>& items);
    void addItem(const CheckItem& item);
    const QList<CheckItem>& items() const { return m_items; }
    static QString statusText(CheckItem::Status status);

private:
    QList<CheckItem> m_items;
};

} // namespace vigie

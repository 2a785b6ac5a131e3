#include "CheckListWidget.h"

#include "widgets/HealthStyle.h"

#include <QHeaderView>

namespace vigie {

CheckListWidget::CheckListWidget(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("checkList"));
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
    setHeaderLabels({tr("Status"), tr("Check")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

QString CheckListWidget::statusText(CheckItem::Status status)
{
    switch (status) {
    case CheckItem::Status::Passed:
        return tr("OK");
    case CheckItem::Status::Warning:
        return tr("Warning");
    case CheckItem::Status::Failed:
        return tr("Failed");
    }
    return {};
}

void CheckListWidget::setItems(const QList<CheckItem>& items)
{
    clear();
    m_items.clear();
    for (const CheckItem& item : items)
        addItem(item);
}

void CheckListWidget::addItem(const CheckItem& check)
{
    m_items.append(check);
    const Health health = check.status == CheckItem::Status::Passed    ? Health::Ok
                          : check.status == CheckItem::Status::Warning ? Health::Warning
                                                                       : Health::Critical;
    auto* item = new QTreeWidgetItem(this);
    item->setIcon(0, HealthStyle::icon(health));
    item->setText(0, statusText(check.status));
    item->setText(1, check.text);
    item->setToolTip(1, check.text);
    item->setData(0, Qt::UserRole, check.id);
}

} // namespace vigie

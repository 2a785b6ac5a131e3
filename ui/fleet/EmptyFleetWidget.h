#pragma once

#include <QWidget>

namespace vigie {

// What the main window shows while the fleet is empty: what to do, and the two buttons to do it.
class EmptyFleetWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyFleetWidget(QWidget* parent = nullptr);

signals:
    void addServerRequested();
    void manageKeysRequested();
};

} // namespace vigie

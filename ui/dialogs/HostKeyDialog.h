#pragma once

#include "ssh/SshError.h"
#include "ssh/SshTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QVBoxLayout;

namespace vigie {

// Host key decisions. First contact: show the offered key's fingerprint exactly as
// `ssh-keygen -lf` prints it and let the operator trust it (Cancel is the default).
// Changed key: a warning with both fingerprints and where the old one is recorded; it can only
// be closed, never "continued anyway".
class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        FirstContact,
        Changed
    };

    explicit HostKeyDialog(const HostKeyPrompt& prompt, QWidget* parent = nullptr);
    explicit HostKeyDialog(const SshError& changed, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }

private:
    void buildFirstContact(const HostKeyPrompt& prompt);
    void buildChanged(const SshError& error);
    QLabel* addText(const QString& text, const QString& objectName = {});
    QLabel* addMonospace(const QString& text, const QString& objectName);

    Mode m_mode;
    QVBoxLayout* m_layout;
};

} // namespace vigie

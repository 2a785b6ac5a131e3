#pragma once

#include "OperationPage.h"
#include "ops/OperationChecks.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTreeWidget;

namespace vigie {

class CheckListWidget;

// Restore: which database, picked by tenant name or by database name (from the last snapshot),
// or typed when Vigie has not read the server yet.
class RestoreSourcePage : public OperationPage
{
    Q_OBJECT
public:
    explicit RestoreSourcePage(QWidget* parent = nullptr);
    void initializePage() override;
    QString database() const;
    QString tenantSubdomain() const; // when the database is a tenant's
    QComboBox* databaseCombo() const { return m_databases; }

protected:
    bool ready() const override;

private:
    QComboBox* m_databases;
    QLabel* m_problem;
};

// Restore: the backup to restore (date, size, age), read from the server with the facts about
// the database; the chosen backup is verified (decrypted and listed) before Next is allowed.
class RestoreBackupPage : public OperationPage
{
    Q_OBJECT
public:
    explicit RestoreBackupPage(QWidget* parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    QString backupFile() const;
    const OperationChecks::RestoreFacts& facts() const { return m_facts; }
    QTreeWidget* backupList() const { return m_backups; }
    CheckListWidget* checks() const { return m_checks; }

protected:
    bool ready() const override;

private:
    void readFacts();
    void verifySelected();

    QTreeWidget* m_backups;
    CheckListWidget* m_checks;
    OperationChecks::RestoreFacts m_facts;
    bool m_factsRead = false;
    QString m_verifiedFile; // verified OK
    int m_generation = 0;
};

// Restore: into the same database (replacing its content) or into a new scratch database.
class RestoreTargetPage : public OperationPage
{
    Q_OBJECT
public:
    explicit RestoreTargetPage(QWidget* parent = nullptr);
    void initializePage() override;
    int nextId() const override;
    bool toCopy() const;
    QString copyName() const;
    QRadioButton* copyButton() const { return m_copy; }
    QLineEdit* copyNameEdit() const { return m_copyName; }

protected:
    bool ready() const override;

private:
    QString problem() const;

    QRadioButton* m_inPlace;
    QRadioButton* m_copy;
    QLineEdit* m_copyName;
    QLabel* m_problem;
    QString m_defaultFor; // the database the default copy name was made for
};

// Restore in place: the safety dump of the current content, mandatory unless skipped with a
// typed phrase.
class RestoreSafetyPage : public OperationPage
{
    Q_OBJECT
public:
    explicit RestoreSafetyPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool skipSafetyDump() const;
    QString skipConfirmation() const;

protected:
    bool ready() const override;

private:
    QLabel* m_where;
    QCheckBox* m_skip;
    QLabel* m_phraseLabel;
    QLineEdit* m_phrase;
};

} // namespace vigie

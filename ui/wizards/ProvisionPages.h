#pragma once

#include "OperationPage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace vigie {

class CheckListWidget;

// Provision: the tenant's display name, checked by NameRules as it is typed.
class TenantNamePage : public OperationPage
{
    Q_OBJECT
public:
    explicit TenantNamePage(QWidget* parent = nullptr);
    QString tenantName() const;
    QLineEdit* nameEdit() const { return m_name; }

protected:
    bool ready() const override;

private:
    QLineEdit* m_name;
    QLabel* m_problem;
};

// Provision: the subdomain, suggested from the name ("Clínica Ozondenia" → clinica-ozondenia),
// a DNS label that no tenant the dashboard knows has (nor a look-alike such as a_b for a-b).
class SubdomainPage : public OperationPage
{
    Q_OBJECT
public:
    explicit SubdomainPage(QWidget* parent = nullptr);
    void initializePage() override;
    QString subdomain() const;
    QStringList knownSubdomains() const; // from the last snapshot
    QLineEdit* subdomainEdit() const { return m_subdomain; }

protected:
    bool ready() const override;

private:
    QString problem() const;
    void update();

    QLineEdit* m_subdomain;
    QLabel* m_host;
    QLabel* m_problem;
    QString m_suggestedFor; // the name the suggestion was made for
};

// Provision: read-only checks on the server (subdomain free, DNS, certificate, disk).
class ProvisionChecksPage : public OperationPage
{
    Q_OBJECT
public:
    explicit ProvisionChecksPage(QWidget* parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    CheckListWidget* checks() const { return m_checks; }

protected:
    bool ready() const override;

private:
    void runChecks();

    CheckListWidget* m_checks;
    QPushButton* m_again;
    bool m_done = false;
    int m_generation = 0; // answers to an older run of the checks are dropped
};

} // namespace vigie

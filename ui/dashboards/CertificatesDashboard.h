#pragma once

#include "fleet/ServerProfile.h"
#include "probe/Assessment.h"

#include <QWidget>

class QAction;
class QLabel;

namespace vigie {

class CertificateTableModel;
class DashboardTableView;
class SectionPanel;

// The Certificates tab: every certificate under the profile's paths with its names (wildcards
// included), validity and status, the selected one's details, and how renewal is set up.
class CertificatesDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit CertificatesDashboard(QWidget* parent = nullptr);

    void setServerName(const QString& name);
    void setSnapshot(const Snapshot& snapshot, const Assessment& assessment,
                     const ServerProfile& profile);
    // What the server actually serves for this certificate (filled by the owner after a TLS
    // handshake); kept across refreshes.
    void setLiveCheck(const QString& path, const QString& result, Health health);

    CertificateTableModel* model() const { return m_model; }
    QString renewalText() const;

signals:
    // certbot's certificate name (the live/ directory) and the certificate's path.
    void renewRequested(const QString& certificateName, const QString& path);

private:
    void updateDetails();
    void confirmRenew();

    QString m_serverName;
    CertificateTableModel* m_model;
    SectionPanel* m_section;
    DashboardTableView* m_view;
    QAction* m_renewAction;
    QLabel* m_path;
    QLabel* m_names;
    QLabel* m_issuer;
    QLabel* m_subject;
    QLabel* m_fingerprint;
    QLabel* m_error;
    QWidget* m_details;
    SectionPanel* m_renewalSection;
    QLabel* m_renewal;
};

} // namespace vigie

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace vigie {

// One section of the probe's stdout, as framed by probe.sh:
//   @@VIGIE <nonce> BEGIN <name>\n<payload>\n@@VIGIE <nonce> END <name> rc=… ms=… bytes=…
//   truncated=…
struct ProbeSection
{
    QString name;
    QByteArrayView payload;   // points into the ProbeOutput that produced it
    bool complete = false;    // the END line arrived
    int exitCode = -1;        // rc= (124/137: the section's time limit hit)
    qint64 elapsedMs = 0;     // ms=
    qint64 capturedBytes = 0; // bytes= (at most the limit + 1)
    bool truncated = false;   // truncated=1: the payload is the first `limit` bytes
};

// Splits the whole stdout of one probe run into sections. Only framing lines that carry this
// run's nonce count: a frame printed by remote output with another nonce is just text. An END
// line must also agree with the payload's size. A section without its END (connection dropped,
// output cut) is kept as incomplete. Nothing is copied: payloads are views into the output.
class ProbeOutput
{
public:
    ProbeOutput(const QByteArray& output, const QByteArray& nonce);
    ProbeOutput(const ProbeOutput&) = delete;
    ProbeOutput& operator=(const ProbeOutput&) = delete;

    const QList<ProbeSection>& sections() const { return m_sections; }
    const ProbeSection* section(const QString& name) const;
    // Bytes outside every frame (a shell rc file's chatter, a banner): shown, never parsed.
    qsizetype strayBytes() const { return m_strayBytes; }

private:
    void parse(const QByteArray& nonce);
    bool readEnd(QByteArrayView line, const QString& name, qsizetype payloadSize,
                 ProbeSection* section) const;

    QByteArray m_output; // implicitly shared: keeps the payload views valid
    QList<ProbeSection> m_sections;
    qsizetype m_strayBytes = 0;
};

} // namespace vigie

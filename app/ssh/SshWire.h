#pragma once

#include <QByteArray>
#include <cstdint>

namespace vigie {

// Reader and writer for the SSH wire encoding (RFC 4251 §5): uint32 and length-prefixed
// strings. Used for public key blobs and the openssh-key-v1 container. The reader never reads
// past the end: every call reports failure instead.
class WireReader
{
public:
    explicit WireReader(QByteArray data)
        : m_data(std::move(data))
    {}

    bool readUint32(std::uint32_t& value);
    bool readString(QByteArray& value);
    bool readBytes(qsizetype count, QByteArray& value);
    bool atEnd() const { return m_pos >= m_data.size(); }
    qsizetype remaining() const { return m_data.size() - m_pos; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

class WireWriter
{
public:
    void writeUint32(std::uint32_t value);
    void writeString(const QByteArray& value);
    void writeBytes(const QByteArray& value) { m_data.append(value); }
    const QByteArray& data() const { return m_data; }

private:
    QByteArray m_data;
};

} // namespace vigie

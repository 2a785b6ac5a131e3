#include "SshWire.h"

namespace vigie {

bool WireReader::readUint32(std::uint32_t& value)
{
    if (remaining() < 4)
        return false;
    const auto* p = reinterpret_cast<const unsigned char*>(m_data.constData() + m_pos);
    value = (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
            std::uint32_t(p[3]);
    m_pos += 4;
    return true;
}

bool WireReader::readString(QByteArray& value)
{
    std::uint32_t length = 0;
    if (!readUint32(length))
        return false;
    return readBytes(qsizetype(length), value);
}

bool WireReader::readBytes(qsizetype count, QByteArray& value)
{
    if (count < 0 || count > remaining())
        return false;
    value = m_data.mid(m_pos, count);
    m_pos += count;
    return true;
}

void WireWriter::writeUint32(std::uint32_t value)
{
    const char bytes[4] = {char((value >> 24) & 0xff), char((value >> 16) & 0xff),
                           char((value >> 8) & 0xff), char(value & 0xff)};
    m_data.append(bytes, 4);
}

void WireWriter::writeString(const QByteArray& value)
{
    writeUint32(std::uint32_t(value.size()));
    m_data.append(value);
}

} // namespace vigie

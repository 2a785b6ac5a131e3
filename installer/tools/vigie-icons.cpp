// Build-time tool: renders the application's SVG icon into the raster files each platform's
// installer needs, so no binary icon is kept in the repository.
//
//   vigie-icons SVG OUTDIR
//
// writes OUTDIR/hicolor/<N>x<N>/apps/vigie.png (Linux icon theme, N = 16..512),
// OUTDIR/vigie.ico (Windows: PNG-compressed entries, 16..256) and OUTDIR/vigie.icns
// (macOS: PNG entries, 16..1024). Both containers are written by hand because Qt's image
// plugins write a single image per file, and the formats are a few headers around PNGs.
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QByteArray renderPng(QSvgRenderer& renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        std::fprintf(stderr, "vigie-icons: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

template <typename T> void appendLittleEndian(QByteArray& out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template <typename T> void appendBigEndian(QByteArray& out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// ICONDIR, one 16-byte ICONDIRENTRY per image, then the PNG streams (Windows Vista and later
// read PNG entries at every size).
QByteArray icoFile(QSvgRenderer& renderer)
{
    const QList<int> sizes = {16, 24, 32, 48, 64, 128, 256};
    QList<QByteArray> images;
    for (int size : sizes)
        images.append(renderPng(renderer, size));

    QByteArray out;
    appendLittleEndian<quint16>(out, 0); // reserved
    appendLittleEndian<quint16>(out, 1); // type: icon
    appendLittleEndian<quint16>(out, quint16(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const quint8 dimension = sizes[i] >= 256 ? 0 : quint8(sizes[i]); // 0 means 256
        out.append(char(dimension));
        out.append(char(dimension));
        out.append(char(0));                  // palette size
        out.append(char(0));                  // reserved
        appendLittleEndian<quint16>(out, 1);  // colour planes
        appendLittleEndian<quint16>(out, 32); // bits per pixel
        appendLittleEndian<quint32>(out, quint32(images[i].size()));
        appendLittleEndian<quint32>(out, offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray& image : images)
        out.append(image);
    return out;
}

// 'icns' + total length, then one (OSType, length, PNG) element per size (big-endian).
QByteArray icnsFile(QSvgRenderer& renderer)
{
    struct Element
    {
        const char* type;
        int size;
    };
    const Element elements[] = {{"icp4", 16},  {"icp5", 32},  {"icp6", 64},  {"ic07", 128},
                                {"ic08", 256}, {"ic09", 512}, {"ic10", 1024}};
    QByteArray body;
    for (const Element& element : elements) {
        const QByteArray png = renderPng(renderer, element.size);
        body.append(element.type, 4);
        appendBigEndian<quint32>(body, quint32(8 + png.size()));
        body.append(png);
    }
    QByteArray out("icns");
    appendBigEndian<quint32>(out, quint32(8 + body.size()));
    out.append(body);
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: vigie-icons SVG OUTDIR\n");
        return 2;
    }
    QSvgRenderer renderer(args[1]);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "vigie-icons: %s is not a valid SVG\n", qPrintable(args[1]));
        return 1;
    }
    const QString outDir = args[2];
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString path =
            QStringLiteral("%1/hicolor/%2x%2/apps/vigie.png").arg(outDir).arg(size);
        if (!writeFile(path, renderPng(renderer, size)))
            return 1;
    }
    if (!writeFile(outDir + QStringLiteral("/vigie.ico"), icoFile(renderer)) ||
        !writeFile(outDir + QStringLiteral("/vigie.icns"), icnsFile(renderer)))
        return 1;
    return 0;
}

#include "SystemdParser.h"

#include "LineReader.h"
#include "ProbeText.h"

namespace vigie {

namespace {

struct Block
{
    SystemdUnit unit;
    QDateTime activeEnter;
    QDateTime inactiveEnter;
    bool any = false;
};

void finish(Block* block, QList<SystemdUnit>* units)
{
    if (!block->any)
        return;
    block->unit.since = block->unit.activeState == QLatin1String("active") ||
                                block->unit.activeState == QLatin1String("reloading")
                            ? block->activeEnter
                            : block->inactiveEnter;
    units->append(block->unit);
    *block = Block();
}

} // namespace

SectionStatus SystemdParser::parse(QByteArrayView payload, int exitCode, QList<SystemdUnit>* units)
{
    if (const QString problem = ProbeText::problem(payload); !problem.isEmpty())
        return ProbeText::unparseable(problem);
    if (exitCode != 0)
        return ProbeText::failed(QStringLiteral("systemctl show"), exitCode, payload);
    if (payload.trimmed().isEmpty())
        return ProbeText::unparseable(ProbeText::noOutput());

    QList<SystemdUnit> parsed;
    QStringList warnings;
    Block block;
    LineReader reader(payload);
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        if (line.trimmed().isEmpty()) {
            if (block.any && block.unit.name.isEmpty())
                return ProbeText::unparseable(tr("A unit without its Id in the output."));
            finish(&block, &parsed);
            continue;
        }
        if (ProbeText::isToolDiagnostic(line)) {
            warnings.append(ProbeText::excerpt(line));
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0)
            return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
        const QByteArrayView key = line.first(equals);
        const QByteArrayView value = line.sliced(equals + 1);
        block.any = true;
        if (key == "Id")
            block.unit.name = ProbeText::text(value);
        else if (key == "LoadState")
            block.unit.loadState = ProbeText::text(value);
        else if (key == "ActiveState")
            block.unit.activeState = ProbeText::text(value);
        else if (key == "SubState")
            block.unit.subState = ProbeText::text(value);
        else if (key == "ActiveEnterTimestamp")
            block.activeEnter = ProbeText::systemdTime(value);
        else if (key == "InactiveEnterTimestamp")
            block.inactiveEnter = ProbeText::systemdTime(value);
        // Other properties: ignored.
    }
    if (block.any && block.unit.name.isEmpty())
        return ProbeText::unparseable(tr("A unit without its Id in the output."));
    finish(&block, &parsed);
    if (parsed.isEmpty())
        return ProbeText::unparseable(tr("No unit in the output."));
    *units = parsed;
    return ProbeText::ok(warnings.join(QLatin1String(" / ")));
}

} // namespace vigie

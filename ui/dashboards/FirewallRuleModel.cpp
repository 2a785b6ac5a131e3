#include "FirewallRuleModel.h"

#include <QRegularExpression>

namespace vigie {

FirewallRuleModel::Rule FirewallRuleModel::parse(const QString& line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.*?)\\s+((?:ALLOW|DENY|REJECT|LIMIT)(?:\\s+(?:IN|OUT|FWD))?)\\s+(.*)$"));
    const QRegularExpressionMatch match = pattern.match(line.trimmed());
    if (!match.hasMatch())
        return {line.trimmed(), QString(), QString()};
    return {match.captured(1).trimmed(), match.captured(2), match.captured(3).trimmed()};
}

void FirewallRuleModel::setRules(const QStringList& rules)
{
    QList<Rule> parsed;
    for (const QString& line : rules)
        parsed.append(parse(line));
    replaceRows(rules, [&] { m_rules = parsed; });
}

int FirewallRuleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FirewallRuleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const Rule& rule = m_rules.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ToColumn:
            return rule.to;
        case ActionColumn:
            return rule.action;
        case FromColumn:
            return rule.from;
        }
    }
    return commonData(index, role);
}

QString FirewallRuleModel::columnTitle(int column) const
{
    switch (column) {
    case ToColumn:
        return tr("To");
    case ActionColumn:
        return tr("Action");
    case FromColumn:
        return tr("From");
    }
    return {};
}

} // namespace vigie

// SPDX-License-Identifier: Apache-2.0
#include "cli/TextTable.h"

#include <QTextStream>

namespace roost::server {
namespace {
// Wide enough for a UUID or an e-mail address, narrow enough for an 80–120 column terminal.
constexpr qsizetype kMaxCellWidth = 60;

QString flatten(const QString& cell)
{
    QString line = cell.simplified();
    if (line.size() > kMaxCellWidth)
        line = line.left(kMaxCellWidth - 3) + QStringLiteral("...");
    return line;
}
} // namespace

void TextTable::addRow(QStringList cells)
{
    for (QString& cell : cells)
        cell = flatten(cell);
    m_rows.append(std::move(cells));
}

void TextTable::print(QTextStream& out) const
{
    QList<qsizetype> widths;
    for (const QString& h : m_header)
        widths.append(h.size());
    for (const QStringList& row : m_rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    const auto printRow = [&](const QStringList& cells) {
        QString line;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            line += i + 1 < widths.size() ? cell.leftJustified(widths[i]) + QStringLiteral("  ") : cell;
        }
        out << line << '\n';
    };
    printRow(m_header);
    for (const QStringList& row : m_rows)
        printRow(row);
    out.flush();
}

} // namespace roost::server

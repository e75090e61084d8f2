// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QStringList>

class QTextStream;

namespace roost::server {

/// A plain-text table for terminals: a header row, then columns padded to their widest cell.
/// Cells are flattened to one line and cut at a maximum width, so one long error message
/// cannot wreck the layout.
class TextTable
{
public:
    explicit TextTable(QStringList header) : m_header(std::move(header)) {}

    void addRow(QStringList cells);
    void print(QTextStream& out) const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace roost::server

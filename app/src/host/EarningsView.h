// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QPushButton;

namespace roost::app {

class AppContext;
class ObjectTableModel;
class ObjectTableView;

/// The host's payouts (from the cache): a table, a bar chart of amounts by month of release,
/// totals by status, and an export to CSV.
class EarningsView final : public QWidget
{
    Q_OBJECT

public:
    explicit EarningsView(AppContext& context, QWidget* parent = nullptr);

    ObjectTableModel* model() const { return m_model; }
    QChart* chart() const;
    /// Writes the payouts shown to `path` as CSV (see PayoutCsv); false with a message shown.
    bool exportTo(const QString& path);

private:
    void reload();
    void updateChart();
    void updateTotals();
    void chooseExportFile();

    AppContext& m_context;
    ObjectTableModel* m_model = nullptr;
    ObjectTableView* m_table = nullptr;
    QChartView* m_chartView = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace roost::app

// SPDX-License-Identifier: Apache-2.0
#include "host/EarningsView.h"

#include "LocalStore.h"
#include "SyncEngine.h"
#include "common/AppContext.h"
#include "common/Format.h"
#include "host/HostText.h"
#include "host/ObjectTableModel.h"
#include "host/ObjectTableView.h"
#include "host/PayoutCsv.h"
#include "roost/Date.h"
#include "roost/Money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace roost::app {
namespace {

QString field(const client::LocalObject& o, const char* key)
{
    return o.data.value(QLatin1String(key)).toString();
}

qint64 amount(const client::LocalObject& o)
{
    return o.data.value(QStringLiteral("amount")).toInteger();
}

QString payoutStatusLabel(const QString& status)
{
    if (status == QLatin1String("scheduled"))
        return EarningsView::tr("Scheduled");
    if (status == QLatin1String("released"))
        return EarningsView::tr("Released");
    if (status == QLatin1String("cancelled"))
        return EarningsView::tr("Cancelled");
    return status;
}

QString releaseMonth(const client::LocalObject& o)
{
    const auto at = parseTimestamp(field(o, "release_at"));
    return at ? at->toUTC().toString(QStringLiteral("yyyy-MM")) : QString();
}

} // namespace

EarningsView::EarningsView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("earningsView"));
    m_model = new ObjectTableModel(
        { { tr("Listing"),
              [this](
                  const client::LocalObject& o) { return listingTitle(m_context.store(), field(o, "listing_id")); } },
            { tr("Amount"), [](const client::LocalObject& o) { return formatMoney(amount(o), field(o, "currency")); } },
            { tr("Status"), [](const client::LocalObject& o) { return payoutStatusLabel(field(o, "status")); } },
            { tr("Released on"),
                [](const client::LocalObject& o) {
                    const auto at = parseTimestamp(field(o, "release_at"));
                    return at ? QLocale().toString(at->toLocalTime(), QLocale::ShortFormat) : QString();
                } } },
        this);
    m_table = new ObjectTableView(m_model, QStringLiteral("payoutsTable"), tr("Payouts"));

    m_chartView = new QChartView;
    m_chartView->setObjectName(QStringLiteral("earningsChart"));
    m_chartView->setAccessibleName(tr("Payouts by month"));
    m_chartView->setMinimumHeight(220);
    m_chartView->chart()->setTitle(tr("Payouts by month of release"));

    m_totals = new QLabel;
    m_totals->setObjectName(QStringLiteral("earningsTotals"));
    m_totals->setWordWrap(true);
    m_export = new QPushButton(tr("&Export CSV…"));
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setAccessibleName(tr("Export payouts as CSV"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("earningsMessage"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_totals, 1);
    bottom->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_message);

    connect(m_export, &QPushButton::clicked, this, &EarningsView::chooseExportFile);
    connect(&m_context.engine(), &client::SyncEngine::cacheChanged, this, &EarningsView::reload);
    reload();
}

QChart* EarningsView::chart() const
{
    return m_chartView->chart();
}

void EarningsView::reload()
{
    QList<client::LocalObject> payouts = m_context.store().objects(QStringLiteral("payout"));
    // Newest release first: what is coming next is what a host looks for.
    std::sort(payouts.begin(), payouts.end(), [](const client::LocalObject& a, const client::LocalObject& b) {
        return field(a, "release_at") > field(b, "release_at");
    });
    m_model->setObjects(payouts);
    updateChart();
    updateTotals();
}

void EarningsView::updateChart()
{
    // currency → month → amount; one bar set per currency, since amounts of two currencies
    // cannot be added up.
    QMap<QString, QMap<QString, qint64>> byCurrency;
    QStringList months;
    for (const client::LocalObject& p : m_model->objects()) {
        if (field(p, "status") == QLatin1String("cancelled"))
            continue;
        const QString month = releaseMonth(p);
        byCurrency[field(p, "currency")][month] += amount(p);
        if (!months.contains(month))
            months.append(month);
    }
    std::sort(months.begin(), months.end());

    QChart* chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    auto* series = new QBarSeries;
    double highest = 0;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
        auto* set = new QBarSet(it.key());
        const int digits = std::max(0, currencyMinorDigits(it.key()));
        for (const QString& month : months) {
            const double value = double(it.value().value(month)) / std::pow(10.0, digits);
            set->append(value);
            highest = std::max(highest, value);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(months);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, highest > 0 ? highest * 1.1 : 1);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(byCurrency.size() > 1);
}

void EarningsView::updateTotals()
{
    // status → currency → amount
    QMap<QString, QMap<QString, qint64>> totals;
    for (const client::LocalObject& p : m_model->objects())
        totals[field(p, "status")][field(p, "currency")] += amount(p);
    QStringList parts;
    for (const QString& status :
        { QStringLiteral("scheduled"), QStringLiteral("released"), QStringLiteral("cancelled") }) {
        const QMap<QString, qint64> byCurrency = totals.value(status);
        QStringList sums;
        for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it)
            sums.append(formatMoney(it.value(), it.key()));
        parts.append(tr("%1: %2").arg(
            payoutStatusLabel(status), sums.isEmpty() ? formatMoney(0, QString()) : sums.join(QStringLiteral(" + "))));
    }
    m_totals->setText(parts.join(QStringLiteral(" · ")));
}

void EarningsView::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export payouts"), QStringLiteral("payouts.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool EarningsView::exportTo(const QString& path)
{
    QList<QJsonObject> payouts;
    QHash<QString, QString> titles;
    for (const client::LocalObject& p : m_model->objects()) {
        payouts.append(p.data);
        const QString listingId = field(p, "listing_id");
        titles.insert(listingId, listingTitle(m_context.store(), listingId));
    }
    // QSaveFile: a failed export never leaves half a file where a good one was.
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && PayoutCsv::write(file, payouts, titles) && file.commit();
    m_message->setText(ok ? tr("Exported %n payout(s) to %1.", nullptr, int(payouts.size())).arg(path)
                          : tr("Could not write %1: %2").arg(path, file.errorString()));
    return ok;
}

} // namespace roost::app

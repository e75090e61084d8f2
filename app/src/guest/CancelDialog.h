// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>
#include <optional>

class QLabel;
class QLineEdit;

namespace roost::app {

/// Asks a guest to confirm cancelling a stay, showing first what it refunds (libroost's
/// refundAmount, the server's rule) and taking an optional reason.
class CancelDialog : public QDialog
{
    Q_OBJECT

public:
    /// `booking` and its `listing` as cached; `now` is the clock's.
    CancelDialog(
        const QJsonObject& booking, const QJsonObject& listing, const QDateTime& now, QWidget* parent = nullptr);

    /// The refund in minor units; nullopt when the booking cannot be cancelled now.
    std::optional<qint64> refund() const { return m_refund; }
    QString reason() const;

private:
    std::optional<qint64> m_refund;
    QLabel* m_refundLabel = nullptr;
    QLineEdit* m_reason = nullptr;
};

} // namespace roost::app

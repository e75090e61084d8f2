// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "roost/Error.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace roost::app {

/// Every writable field of a listing (API.md, `listing`) as a form, read and written as the
/// API's JSON. Problems are shown where they are: each bad field is marked and its message
/// appears right below it (label "<field>Error"), so the user sees why a save is refused.
///
/// Number fields accept more than the rules allow on purpose: the rules (and their messages)
/// are libroost's, which the form must not duplicate with narrower spin box ranges.
class ListingForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ListingForm(QWidget* parent = nullptr);

    /// Fills every field from a cached listing (or the API's defaults for `{}`).
    void setListing(const QJsonObject& listing);
    /// Every field as the API names it; money in the currency's minor units.
    QJsonObject fields() const;
    /// Marks exactly the fields named in `errors` (by JSON name) and clears the others.
    void showErrors(const FieldErrors& errors);
    /// The fields currently marked.
    QStringList markedFields() const { return m_marked; }

Q_SIGNALS:
    void edited();

private:
    void addRow(const QString& label, const QString& key, QWidget* field);
    QDoubleSpinBox* moneyBox(const QString& name);
    QSpinBox* countBox(const QString& name, int max);
    qint64 minorUnits(double amount) const;
    double majorUnits(qint64 minor, const QString& currency) const;

    QFormLayout* m_layout = nullptr;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_errors;
    QStringList m_marked;

    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_propertyType = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_country = nullptr;
    QDoubleSpinBox* m_latitude = nullptr;
    QDoubleSpinBox* m_longitude = nullptr;
    QSpinBox* m_maxGuests = nullptr;
    QSpinBox* m_bedrooms = nullptr;
    QSpinBox* m_beds = nullptr;
    QDoubleSpinBox* m_bathrooms = nullptr;
    QListWidget* m_amenities = nullptr;
    QDoubleSpinBox* m_nightlyPrice = nullptr;
    QDoubleSpinBox* m_cleaningFee = nullptr;
    QLineEdit* m_currency = nullptr;
    QSpinBox* m_weeklyDiscount = nullptr;
    QSpinBox* m_monthlyDiscount = nullptr;
    QSpinBox* m_minNights = nullptr;
    QSpinBox* m_maxNights = nullptr;
    QCheckBox* m_instantBook = nullptr;
    QComboBox* m_cancellationPolicy = nullptr;
    QComboBox* m_status = nullptr;
};

} // namespace roost::app

// SPDX-License-Identifier: Apache-2.0
#include "host/ListingForm.h"

#include "common/Labels.h"

#include "roost/Listing.h"
#include "roost/Money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace roost::app {
namespace {

// Wide enough that every value the rules refuse can still be typed, so libroost's message is
// what the user sees (a spin box would otherwise clamp silently).
constexpr int kCountLimit = 100'000;
constexpr double kCoordinateLimit = 1000;
constexpr double kMoneyLimit = 1e9;

const QString kInvalidStyle = QStringLiteral("border: 1px solid #c62828;");

QComboBox* choices(const QString& name, const QList<std::pair<QString, QString>>& items)
{
    auto* box = new QComboBox;
    box->setObjectName(name);
    for (const auto& [wire, text] : items)
        box->addItem(text, wire);
    return box;
}

void select(QComboBox* box, const QString& wire)
{
    const int index = box->findData(wire);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

ListingForm::ListingForm(QWidget* parent)
    : QWidget(parent)
{
    m_layout = new QFormLayout(this);

    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("titleEdit"));
    addRow(tr("&Title"), QStringLiteral("title"), m_title);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(100);
    addRow(tr("&Description"), QStringLiteral("description"), m_description);
    m_propertyType = choices(QStringLiteral("propertyTypeCombo"),
        { { QStringLiteral("apartment"), tr("Apartment") }, { QStringLiteral("house"), tr("House") },
            { QStringLiteral("room"), tr("Room") }, { QStringLiteral("cabin"), tr("Cabin") },
            { QStringLiteral("other"), tr("Other") } });
    addRow(tr("&Property type"), QStringLiteral("property_type"), m_propertyType);
    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("addressEdit"));
    addRow(tr("&Address"), QStringLiteral("address"), m_address);
    m_city = new QLineEdit;
    m_city->setObjectName(QStringLiteral("cityEdit"));
    addRow(tr("C&ity"), QStringLiteral("city"), m_city);
    m_country = new QLineEdit;
    m_country->setObjectName(QStringLiteral("countryEdit"));
    m_country->setPlaceholderText(tr("Two-letter code, e.g. PT"));
    addRow(tr("C&ountry"), QStringLiteral("country"), m_country);
    m_latitude = new QDoubleSpinBox;
    m_latitude->setObjectName(QStringLiteral("latitudeSpin"));
    m_latitude->setDecimals(6);
    m_latitude->setRange(-kCoordinateLimit, kCoordinateLimit);
    addRow(tr("&Latitude"), QStringLiteral("latitude"), m_latitude);
    m_longitude = new QDoubleSpinBox;
    m_longitude->setObjectName(QStringLiteral("longitudeSpin"));
    m_longitude->setDecimals(6);
    m_longitude->setRange(-kCoordinateLimit, kCoordinateLimit);
    addRow(tr("Lon&gitude"), QStringLiteral("longitude"), m_longitude);
    m_maxGuests = countBox(QStringLiteral("maxGuestsSpin"), kCountLimit);
    addRow(tr("&Guests at most"), QStringLiteral("max_guests"), m_maxGuests);
    m_bedrooms = countBox(QStringLiteral("bedroomsSpin"), kCountLimit);
    addRow(tr("&Bedrooms"), QStringLiteral("bedrooms"), m_bedrooms);
    m_beds = countBox(QStringLiteral("bedsSpin"), kCountLimit);
    addRow(tr("B&eds"), QStringLiteral("beds"), m_beds);
    m_bathrooms = new QDoubleSpinBox;
    m_bathrooms->setObjectName(QStringLiteral("bathroomsSpin"));
    m_bathrooms->setDecimals(1);
    m_bathrooms->setSingleStep(0.5);
    m_bathrooms->setRange(0, kCountLimit);
    addRow(tr("Ba&throoms"), QStringLiteral("bathrooms"), m_bathrooms);
    m_amenities = new QListWidget;
    m_amenities->setObjectName(QStringLiteral("amenitiesList"));
    m_amenities->setMaximumHeight(110);
    for (const QString& wire : knownAmenities()) {
        auto* item = new QListWidgetItem(Labels::amenity(wire), m_amenities);
        item->setData(Qt::UserRole, wire);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    addRow(tr("A&menities"), QStringLiteral("amenities"), m_amenities);
    m_nightlyPrice = moneyBox(QStringLiteral("nightlyPriceSpin"));
    addRow(tr("&Nightly price"), QStringLiteral("nightly_price"), m_nightlyPrice);
    m_cleaningFee = moneyBox(QStringLiteral("cleaningFeeSpin"));
    addRow(tr("Clea&ning fee"), QStringLiteral("cleaning_fee"), m_cleaningFee);
    m_currency = new QLineEdit;
    m_currency->setObjectName(QStringLiteral("currencyEdit"));
    m_currency->setPlaceholderText(tr("ISO code, e.g. EUR"));
    addRow(tr("C&urrency"), QStringLiteral("currency"), m_currency);
    m_weeklyDiscount = countBox(QStringLiteral("weeklyDiscountSpin"), 100);
    m_weeklyDiscount->setSuffix(tr(" %"));
    addRow(tr("&Weekly discount"), QStringLiteral("weekly_discount_pct"), m_weeklyDiscount);
    m_monthlyDiscount = countBox(QStringLiteral("monthlyDiscountSpin"), 100);
    m_monthlyDiscount->setSuffix(tr(" %"));
    addRow(tr("Mont&hly discount"), QStringLiteral("monthly_discount_pct"), m_monthlyDiscount);
    m_minNights = countBox(QStringLiteral("minNightsSpin"), kCountLimit);
    addRow(tr("Mi&nimum nights"), QStringLiteral("min_nights"), m_minNights);
    m_maxNights = countBox(QStringLiteral("maxNightsSpin"), kCountLimit);
    addRow(tr("Ma&ximum nights"), QStringLiteral("max_nights"), m_maxNights);
    m_instantBook = new QCheckBox(tr("Guests can book without my approval"));
    m_instantBook->setObjectName(QStringLiteral("instantBookCheck"));
    addRow(tr("Instant &book"), QStringLiteral("instant_book"), m_instantBook);
    m_cancellationPolicy = choices(QStringLiteral("cancellationPolicyCombo"),
        { { QStringLiteral("flexible"), tr("Flexible") }, { QStringLiteral("moderate"), tr("Moderate") },
            { QStringLiteral("strict"), tr("Strict") } });
    addRow(tr("Cancellation &policy"), QStringLiteral("cancellation_policy"), m_cancellationPolicy);
    m_status = choices(QStringLiteral("statusCombo"),
        { { QStringLiteral("draft"), tr("Draft") }, { QStringLiteral("listed"), tr("Listed") },
            { QStringLiteral("unlisted"), tr("Unlisted") } });
    addRow(tr("&Status"), QStringLiteral("status"), m_status);

    for (auto* edit : { m_title, m_address, m_city, m_country, m_currency })
        connect(edit, &QLineEdit::textEdited, this, &ListingForm::edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ListingForm::edited);
    for (auto* box : { m_latitude, m_longitude, m_bathrooms, m_nightlyPrice, m_cleaningFee })
        connect(box, &QDoubleSpinBox::valueChanged, this, &ListingForm::edited);
    for (auto* box : { m_maxGuests, m_bedrooms, m_beds, m_weeklyDiscount, m_monthlyDiscount, m_minNights, m_maxNights })
        connect(box, &QSpinBox::valueChanged, this, &ListingForm::edited);
    for (auto* box : { m_propertyType, m_cancellationPolicy, m_status })
        connect(box, &QComboBox::currentIndexChanged, this, &ListingForm::edited);
    connect(m_instantBook, &QCheckBox::toggled, this, &ListingForm::edited);
    connect(m_amenities, &QListWidget::itemChanged, this, &ListingForm::edited);

    setListing({});
}

void ListingForm::addRow(const QString& label, const QString& key, QWidget* field)
{
    auto* cell = new QWidget;
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    auto* error = new QLabel;
    error->setObjectName(key + QStringLiteral("Error"));
    error->setStyleSheet(QStringLiteral("color: #c62828;"));
    error->setWordWrap(true);
    error->hide();
    column->addWidget(error);
    auto* caption = new QLabel(label);
    caption->setBuddy(field);
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    m_layout->addRow(caption, cell);
    m_fields.insert(key, field);
    m_errors.insert(key, error);
}

QDoubleSpinBox* ListingForm::moneyBox(const QString& name)
{
    auto* box = new QDoubleSpinBox;
    box->setObjectName(name);
    box->setDecimals(2);
    box->setRange(0, kMoneyLimit);
    return box;
}

QSpinBox* ListingForm::countBox(const QString& name, int max)
{
    auto* box = new QSpinBox;
    box->setObjectName(name);
    box->setRange(0, max);
    return box;
}

qint64 ListingForm::minorUnits(double amount) const
{
    const QString currency = m_currency->text().trimmed();
    const int digits = isValidCurrency(currency) ? currencyMinorDigits(currency) : 2;
    return qRound64(amount * std::pow(10.0, digits));
}

double ListingForm::majorUnits(qint64 minor, const QString& currency) const
{
    const int digits = isValidCurrency(currency) ? currencyMinorDigits(currency) : 2;
    return double(minor) / std::pow(10.0, digits);
}

void ListingForm::setListing(const QJsonObject& l)
{
    const QSignalBlocker blocker(this);
    const auto text = [&l](const char* key) { return l.value(QLatin1String(key)).toString(); };
    const auto integer = [&l](const char* key, int fallback) { return l.value(QLatin1String(key)).toInt(fallback); };
    m_title->setText(text("title"));
    m_description->setPlainText(text("description"));
    select(m_propertyType, text("property_type"));
    m_address->setText(text("address"));
    m_city->setText(text("city"));
    m_country->setText(text("country"));
    m_latitude->setValue(l.value(QStringLiteral("latitude")).toDouble());
    m_longitude->setValue(l.value(QStringLiteral("longitude")).toDouble());
    m_maxGuests->setValue(integer("max_guests", 1));
    m_bedrooms->setValue(integer("bedrooms", 0));
    m_beds->setValue(integer("beds", 0));
    m_bathrooms->setValue(l.value(QStringLiteral("bathrooms")).toDouble());
    const QJsonArray amenities = l.value(QStringLiteral("amenities")).toArray();
    for (int i = 0; i < m_amenities->count(); ++i) {
        QListWidgetItem* item = m_amenities->item(i);
        item->setCheckState(amenities.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    const QString currency = l.contains(QStringLiteral("currency")) ? text("currency") : QStringLiteral("EUR");
    m_currency->setText(currency);
    m_nightlyPrice->setValue(majorUnits(l.value(QStringLiteral("nightly_price")).toInteger(), currency));
    m_cleaningFee->setValue(majorUnits(l.value(QStringLiteral("cleaning_fee")).toInteger(), currency));
    m_weeklyDiscount->setValue(integer("weekly_discount_pct", 0));
    m_monthlyDiscount->setValue(integer("monthly_discount_pct", 0));
    m_minNights->setValue(integer("min_nights", 1));
    m_maxNights->setValue(integer("max_nights", ListingLimits::kDefaultMaxNights));
    m_instantBook->setChecked(l.value(QStringLiteral("instant_book")).toBool());
    select(m_cancellationPolicy, text("cancellation_policy"));
    select(m_status, text("status"));
    showErrors({});
}

QJsonObject ListingForm::fields() const
{
    QJsonArray amenities;
    for (int i = 0; i < m_amenities->count(); ++i) {
        if (m_amenities->item(i)->checkState() == Qt::Checked)
            amenities.append(m_amenities->item(i)->data(Qt::UserRole).toString());
    }
    return {
        { QStringLiteral("title"), m_title->text() },
        { QStringLiteral("description"), m_description->toPlainText() },
        { QStringLiteral("property_type"), m_propertyType->currentData().toString() },
        { QStringLiteral("address"), m_address->text() },
        { QStringLiteral("city"), m_city->text() },
        { QStringLiteral("country"), m_country->text().trimmed() },
        { QStringLiteral("latitude"), m_latitude->value() },
        { QStringLiteral("longitude"), m_longitude->value() },
        { QStringLiteral("max_guests"), m_maxGuests->value() },
        { QStringLiteral("bedrooms"), m_bedrooms->value() },
        { QStringLiteral("beds"), m_beds->value() },
        { QStringLiteral("bathrooms"), m_bathrooms->value() },
        { QStringLiteral("amenities"), amenities },
        { QStringLiteral("nightly_price"), minorUnits(m_nightlyPrice->value()) },
        { QStringLiteral("cleaning_fee"), minorUnits(m_cleaningFee->value()) },
        { QStringLiteral("currency"), m_currency->text().trimmed() },
        { QStringLiteral("weekly_discount_pct"), m_weeklyDiscount->value() },
        { QStringLiteral("monthly_discount_pct"), m_monthlyDiscount->value() },
        { QStringLiteral("min_nights"), m_minNights->value() },
        { QStringLiteral("max_nights"), m_maxNights->value() },
        { QStringLiteral("instant_book"), m_instantBook->isChecked() },
        { QStringLiteral("cancellation_policy"), m_cancellationPolicy->currentData().toString() },
        { QStringLiteral("status"), m_status->currentData().toString() },
    };
}

void ListingForm::showErrors(const FieldErrors& errors)
{
    m_marked.clear();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        // Nested names (e.g. "amenities[2]") belong to the field before the bracket or dot.
        QString message;
        for (auto e = errors.cbegin(); e != errors.cend(); ++e) {
            const QString field = e.key().section(QRegularExpression(QStringLiteral("[.\\[]")), 0, 0);
            if (field == it.key())
                message = message.isEmpty() ? e.value() : message;
        }
        QLabel* label = m_errors.value(it.key());
        label->setText(message);
        label->setVisible(!message.isEmpty());
        it.value()->setStyleSheet(message.isEmpty() ? QString() : kInvalidStyle);
        it.value()->setAccessibleDescription(message);
        if (!message.isEmpty())
            m_marked.append(it.key());
    }
    m_marked.sort();
}

} // namespace roost::app

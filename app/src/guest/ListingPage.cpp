// SPDX-License-Identifier: Apache-2.0
#include "guest/ListingPage.h"

#include "LocalStore.h"
#include "SyncEngine.h"
#include "common/AppContext.h"
#include "common/Labels.h"
#include "common/Format.h"
#include "guest/AvailabilityCalendar.h"
#include "guest/BookingPanel.h"
#include "CacheLookup.h"
#include "guest/PhotoGallery.h"
#include "roost/Date.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace roost::app {

namespace {

/// The server answers at most 366 days of availability at once: a year ahead is what a guest plans.
constexpr int kAvailabilityDays = 366;

QLabel* textLabel(QWidget* parent, const char* objectName, const QString& accessibleName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString categoryName(const QString& key)
{
    if (key == QLatin1String("cleanliness"))
        return ListingPage::tr("Cleanliness");
    if (key == QLatin1String("accuracy"))
        return ListingPage::tr("Accuracy");
    if (key == QLatin1String("communication"))
        return ListingPage::tr("Communication");
    if (key == QLatin1String("location"))
        return ListingPage::tr("Location");
    if (key == QLatin1String("check_in"))
        return ListingPage::tr("Check-in");
    return ListingPage::tr("Value");
}

} // namespace

ListingPage::ListingPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("listingPage"));
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* columns = new QHBoxLayout(content);

    auto* left = new QVBoxLayout;
    m_title = textLabel(content, "listingTitle", tr("Title"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    left->addWidget(m_title);
    m_gallery = new PhotoGallery(context.photos(), content);
    left->addWidget(m_gallery);
    m_details = textLabel(content, "listingDetails", tr("Details"));
    left->addWidget(m_details);
    m_amenities = textLabel(content, "listingAmenities", tr("Amenities"));
    left->addWidget(m_amenities);
    m_host = textLabel(content, "listingHost", tr("Host"));
    left->addWidget(m_host);
    auto* reviews = new QGroupBox(tr("Reviews"), content);
    auto* reviewsLayout = new QVBoxLayout(reviews);
    m_reviewSummary = textLabel(reviews, "reviewSummary", tr("Review averages"));
    m_reviews = new QListWidget(reviews);
    m_reviews->setObjectName(QStringLiteral("reviewsList"));
    m_reviews->setAccessibleName(tr("Reviews"));
    m_reviews->setWordWrap(true);
    reviewsLayout->addWidget(m_reviewSummary);
    reviewsLayout->addWidget(m_reviews);
    left->addWidget(reviews, 1);
    columns->addLayout(left, 3);

    auto* right = new QVBoxLayout;
    m_calendar = new AvailabilityCalendar(content);
    m_calendar->setMinimumDate(context.clock().today());
    right->addWidget(m_calendar);
    m_booking = new BookingPanel(context, *m_calendar, content);
    right->addWidget(m_booking);
    right->addStretch();
    columns->addLayout(right, 2);

    setTabOrder(m_gallery, m_calendar);
    connect(&context.engine(), &client::SyncEngine::cacheChanged, this, &ListingPage::reload);
}

void ListingPage::showListing(const QString& id)
{
    m_listingId = id;
    m_serverTaken.clear();
    m_gallery->setPhotos({});
    reload();
    fetchAvailability();
}

void ListingPage::reload()
{
    if (m_listingId.isEmpty())
        return;
    const auto listing = m_context.store().object(QStringLiteral("listing"), m_listingId);
    if (!listing || listing->deleted) {
        m_title->setText(tr("This listing is no longer available."));
        m_booking->setEnabled(false);
        return;
    }
    m_booking->setEnabled(true);
    showDetails(listing->data);
    const QString hostId = listing->data.value(QStringLiteral("host_id")).toString();
    showHost(hostId);
    showReviews(hostId);
    m_calendar->setTaken(client::CacheLookup(m_context.store()).takenNights(m_listingId) + m_serverTaken);
    m_booking->setListing(listing->data);
}

void ListingPage::showDetails(const QJsonObject& listing)
{
    m_title->setText(listing.value(QStringLiteral("title")).toString());
    QStringList photos;
    for (const QJsonValue& photo : listing.value(QStringLiteral("photos")).toArray())
        photos.append(photo.toObject().value(QStringLiteral("id")).toString());
    if (m_gallery->currentIndex() < 0 && !photos.isEmpty())
        m_gallery->setPhotos(photos);
    const QString currency = listing.value(QStringLiteral("currency")).toString();
    QStringList lines {
        tr("%1, %2").arg(
            listing.value(QStringLiteral("city")).toString(), listing.value(QStringLiteral("country")).toString()),
        tr("%1 · up to %n guest(s)", nullptr, listing.value(QStringLiteral("max_guests")).toInt())
            .arg(Labels::propertyType(listing.value(QStringLiteral("property_type")).toString())),
        tr("%1 bedrooms · %2 beds · %3 bathrooms")
            .arg(listing.value(QStringLiteral("bedrooms")).toInt())
            .arg(listing.value(QStringLiteral("beds")).toInt())
            .arg(listing.value(QStringLiteral("bathrooms")).toDouble()),
        tr("%1 per night, cleaning fee %2")
            .arg(formatMoney(listing.value(QStringLiteral("nightly_price")).toInteger(), currency),
                formatMoney(listing.value(QStringLiteral("cleaning_fee")).toInteger(), currency)),
        tr("Cancellation policy: %1")
            .arg(Labels::cancellationPolicy(listing.value(QStringLiteral("cancellation_policy")).toString())),
        listing.value(QStringLiteral("instant_book")).toBool() ? tr("Instant book")
                                                               : tr("Request to book: the host answers within 24 h"),
        QString(),
        listing.value(QStringLiteral("description")).toString(),
    };
    m_details->setText(lines.join(QLatin1Char('\n')));
    QStringList amenities;
    for (const QJsonValue& amenity : listing.value(QStringLiteral("amenities")).toArray())
        amenities.append(Labels::amenity(amenity.toString()));
    m_amenities->setText(amenities.isEmpty() ? tr("No amenities listed")
                                             : tr("Amenities: %1").arg(amenities.join(QStringLiteral(", "))));
}

void ListingPage::showHost(const QString& hostId)
{
    const auto host = m_context.store().object(QStringLiteral("user"), hostId);
    if (!host || host->deleted) {
        m_host->setText(tr("Host details arrive with the next sync."));
        return;
    }
    QString text = tr("Hosted by %1").arg(host->data.value(QStringLiteral("display_name")).toString());
    const QString bio = host->data.value(QStringLiteral("bio")).toString();
    if (!bio.isEmpty())
        text += QLatin1Char('\n') + bio;
    m_host->setText(text);
}

void ListingPage::showReviews(const QString& hostId)
{
    m_reviews->clear();
    QMap<QString, QPair<int, int>> categories; // key → (sum, count)
    int ratingSum = 0;
    int count = 0;
    for (const client::LocalObject& review :
        client::CacheLookup(m_context.store()).where(QStringLiteral("review"), QStringLiteral("listing_id"), m_listingId)) {
        // The cache also holds hosts' reviews of their guests; the listing shows guests' reviews.
        if (review.data.value(QStringLiteral("author_id")).toString() == hostId)
            continue;
        const int rating = review.data.value(QStringLiteral("rating")).toInt();
        ratingSum += rating;
        ++count;
        const QJsonObject given = review.data.value(QStringLiteral("categories")).toObject();
        for (auto it = given.begin(); it != given.end(); ++it) {
            if (it.value().isDouble()) {
                categories[it.key()].first += it.value().toInt();
                categories[it.key()].second += 1;
            }
        }
        auto* item = new QListWidgetItem(
            tr("%1 ★ — %2").arg(rating).arg(review.data.value(QStringLiteral("comment")).toString()), m_reviews);
        item->setData(Qt::UserRole, review.id);
    }
    if (count == 0) {
        m_reviewSummary->setText(tr("No reviews yet."));
        return;
    }
    QStringList lines {
        tr("%1 ★ from %n review(s)", nullptr, count).arg(QString::number(double(ratingSum) / count, 'f', 1))
    };
    for (auto it = categories.begin(); it != categories.end(); ++it)
        lines.append(tr("%1: %2").arg(
            categoryName(it.key()), QString::number(double(it.value().first) / it.value().second, 'f', 1)));
    m_reviewSummary->setText(lines.join(QLatin1Char('\n')));
}

void ListingPage::fetchAvailability()
{
    const QDate from = m_context.clock().today();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), dateToString(from));
    query.addQueryItem(QStringLiteral("to"), dateToString(from.addDays(kAvailabilityDays)));
    client::ApiRequest request;
    request.path = QStringLiteral("/listings/%1/availability?%2").arg(m_listingId, query.toString(QUrl::FullyEncoded));
    const QString asked = m_listingId;
    m_context.engine().call(request, this, [this, asked](const client::ApiResult& result) {
        if (asked != m_listingId)
            return; // another listing is shown now
        if (!result.ok()) {
            Q_EMIT availabilityLoaded(false); // offline: the cache's nights stay what is shown
            return;
        }
        m_serverTaken.clear();
        for (const QJsonValue& day : result.json.value(QStringLiteral("days")).toArray()) {
            const QJsonObject object = day.toObject();
            if (!object.value(QStringLiteral("available")).toBool()) {
                if (const auto date = parseDate(object.value(QStringLiteral("date")).toString()))
                    m_serverTaken.insert(*date);
            }
        }
        reload();
        Q_EMIT availabilityLoaded(true);
    });
}

} // namespace roost::app

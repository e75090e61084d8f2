// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QSet>
#include <QWidget>

class QLabel;
class QListWidget;

namespace roost::app {

class AppContext;
class AvailabilityCalendar;
class BookingPanel;
class PhotoGallery;

/// One listing for a guest: photos, details, amenities, the host, reviews with their category
/// averages, availability, and booking with payment (BookingPanel). Everything shown comes from
/// the cache, so the page works offline; when online the server's availability adds the nights
/// that other guests hold.
class ListingPage : public QWidget
{
    Q_OBJECT

public:
    ListingPage(AppContext& context, QWidget* parent = nullptr);

    void showListing(const QString& id);
    const QString& listingId() const { return m_listingId; }
    BookingPanel* bookingPanel() const { return m_booking; }

Q_SIGNALS:
    /// The server's availability for the shown listing arrived (or failed: `ok` false).
    void availabilityLoaded(bool ok);

private:
    void reload();
    void showDetails(const QJsonObject& listing);
    void showHost(const QString& hostId);
    void showReviews(const QString& hostId);
    void fetchAvailability();

    AppContext& m_context;
    QString m_listingId;
    QSet<QDate> m_serverTaken;
    PhotoGallery* m_gallery = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_amenities = nullptr;
    QLabel* m_host = nullptr;
    QLabel* m_reviewSummary = nullptr;
    QListWidget* m_reviews = nullptr;
    AvailabilityCalendar* m_calendar = nullptr;
    BookingPanel* m_booking = nullptr;
};

} // namespace roost::app

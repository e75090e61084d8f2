// SPDX-License-Identifier: Apache-2.0
#include "host/HostReviewsView.h"

#include "LocalStore.h"
#include "SyncEngine.h"
#include "common/AppContext.h"
#include "common/Format.h"
#include "host/HostText.h"
#include "host/ObjectTableModel.h"
#include "host/ObjectTableView.h"
#include "roost/Date.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace roost::app {
namespace {

QString field(const client::LocalObject& o, const char* key)
{
    return o.data.value(QLatin1String(key)).toString();
}

QString categories(const client::LocalObject& review)
{
    static const QList<std::pair<QString, const char*>> names {
        { QStringLiteral("cleanliness"), QT_TRANSLATE_NOOP("HostReviewsView", "Cleanliness") },
        { QStringLiteral("accuracy"), QT_TRANSLATE_NOOP("HostReviewsView", "Accuracy") },
        { QStringLiteral("communication"), QT_TRANSLATE_NOOP("HostReviewsView", "Communication") },
        { QStringLiteral("location"), QT_TRANSLATE_NOOP("HostReviewsView", "Location") },
        { QStringLiteral("check_in"), QT_TRANSLATE_NOOP("HostReviewsView", "Check-in") },
        { QStringLiteral("value"), QT_TRANSLATE_NOOP("HostReviewsView", "Value") },
    };
    const QJsonObject given = review.data.value(QStringLiteral("categories")).toObject();
    QStringList parts;
    for (const auto& [key, name] : names) {
        if (given.contains(key))
            parts.append(QStringLiteral("%1 %2").arg(HostReviewsView::tr(name)).arg(given.value(key).toInt()));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

HostReviewsView::HostReviewsView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("hostReviewsView"));
    const auto listing
        = [this](const client::LocalObject& o) { return listingTitle(m_context.store(), field(o, "listing_id")); };
    m_reviews = new ObjectTableModel(
        { { tr("Listing"), listing },
            { tr("Guest"),
                [this](const client::LocalObject& o) { return userName(m_context.store(), field(o, "author_id")); } },
            { tr("Rating"),
                [](const client::LocalObject& o) { return o.data.value(QStringLiteral("rating")).toInt(); } },
            { tr("Categories"), categories },
            { tr("Comment"), [](const client::LocalObject& o) { return field(o, "comment"); } },
            { tr("Your response"), [](const client::LocalObject& o) { return field(o, "response"); } } },
        this);
    m_stays = new ObjectTableModel(
        { { tr("Guest"),
              [this](const client::LocalObject& o) { return userName(m_context.store(), field(o, "guest_id")); } },
            { tr("Listing"), listing },
            { tr("Dates"),
                [](const client::LocalObject& o) {
                    return formatStay(parseDate(field(o, "check_in")).value_or(QDate()),
                        parseDate(field(o, "check_out")).value_or(QDate()));
                } } },
        this);

    m_reviewTable = new ObjectTableView(m_reviews, QStringLiteral("reviewsTable"), tr("Reviews of your listings"));
    m_response = new QPlainTextEdit;
    m_response->setObjectName(QStringLiteral("responseEdit"));
    m_response->setAccessibleName(tr("Your response"));
    m_response->setTabChangesFocus(true);
    m_response->setMaximumHeight(70);
    m_respond = new QPushButton(tr("&Respond"));
    m_respond->setObjectName(QStringLiteral("respondButton"));
    m_respond->setAccessibleName(tr("Send response"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("reviewsMessage"));
    m_message->setWordWrap(true);

    m_stayTable = new ObjectTableView(m_stays, QStringLiteral("staysToReviewTable"), tr("Guests to review"));
    m_rating = new QSpinBox;
    m_rating->setObjectName(QStringLiteral("guestRatingSpin"));
    m_rating->setAccessibleName(tr("Rating of the guest"));
    m_rating->setRange(1, 5);
    m_rating->setValue(5);
    m_rating->setSuffix(tr(" of 5"));
    m_comment = new QPlainTextEdit;
    m_comment->setObjectName(QStringLiteral("guestCommentEdit"));
    m_comment->setAccessibleName(tr("Comment about the guest"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(70);
    m_writeReview = new QPushButton(tr("&Write review"));
    m_writeReview->setObjectName(QStringLiteral("writeReviewButton"));
    m_writeReview->setAccessibleName(tr("Write a review of the guest"));

    auto* guestForm = new QFormLayout;
    guestForm->addRow(tr("Ra&ting"), m_rating);
    guestForm->addRow(tr("Co&mment"), m_comment);
    guestForm->addRow(QString(), m_writeReview);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Reviews of your listings</b>")));
    layout->addWidget(m_reviewTable, 2);
    layout->addWidget(m_response);
    layout->addWidget(m_respond, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("<b>Guests you have not reviewed yet</b>")));
    layout->addWidget(m_stayTable, 1);
    layout->addLayout(guestForm);

    connect(m_reviewTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &HostReviewsView::updateResponse);
    connect(
        m_stayTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HostReviewsView::updateResponse);
    connect(m_respond, &QPushButton::clicked, this, &HostReviewsView::respond);
    connect(m_writeReview, &QPushButton::clicked, this, &HostReviewsView::reviewGuest);
    connect(&m_context.engine(), &client::SyncEngine::cacheChanged, this, &HostReviewsView::reload);
    reload();
}

void HostReviewsView::reload()
{
    const QString review = m_reviewTable->selectedId();
    const QString stay = m_stayTable->selectedId();
    const QString me = m_context.userId();
    QSet<QString> myListings;
    client::ListingFilter mine;
    mine.hostId = me;
    if (!me.isEmpty()) {
        for (const client::LocalObject& l : m_context.store().searchListings(mine))
            myListings.insert(l.id);
    }
    QList<client::LocalObject> reviews;
    QSet<QString> reviewedByMe; // booking ids
    for (const client::LocalObject& r : m_context.store().objects(QStringLiteral("review"))) {
        if (!me.isEmpty() && field(r, "author_id") == me)
            reviewedByMe.insert(field(r, "booking_id"));
        else if (field(r, "kind") == QLatin1String("stay") && myListings.contains(field(r, "listing_id")))
            reviews.append(r);
    }
    QList<client::LocalObject> stays;
    for (const client::LocalObject& b : m_context.store().objects(QStringLiteral("booking"))) {
        if (!me.isEmpty() && field(b, "host_id") == me && field(b, "status") == QLatin1String("completed")
            && !reviewedByMe.contains(b.id))
            stays.append(b);
    }
    m_reviews->setObjects(reviews);
    m_stays->setObjects(stays);
    selectReview(review);
    selectStay(stay);
    updateResponse();
}

void HostReviewsView::selectReview(const QString& reviewId)
{
    m_reviewTable->selectId(reviewId);
}

void HostReviewsView::selectStay(const QString& bookingId)
{
    m_stayTable->selectId(bookingId);
}

void HostReviewsView::updateResponse()
{
    const QString id = m_reviewTable->selectedId();
    const client::LocalObject* review = m_reviews->objectAt(m_reviews->rowOf(id));
    // A review is answered once: the answer replaces the button for good.
    const bool answerable = review && field(*review, "response").isEmpty() && !m_responding.contains(id);
    m_respond->setVisible(answerable);
    m_response->setVisible(answerable);
    m_writeReview->setEnabled(!m_stayTable->selectedId().isEmpty());
}

void HostReviewsView::respond()
{
    const QString id = m_reviewTable->selectedId();
    const QString text = m_response->toPlainText().trimmed();
    if (id.isEmpty())
        return;
    if (text.isEmpty()) {
        m_message->setText(tr("Write your response first."));
        return;
    }
    client::ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/reviews/%1/response").arg(id);
    request.json = QJsonObject { { QStringLiteral("text"), text } };
    m_responding.insert(id);
    m_message->setText(tr("Sending your response…"));
    updateResponse();
    m_context.engine().call(request, this, [this, id](const client::ApiResult& result) {
        if (result.ok()) {
            m_message->setText(tr("Response published."));
            m_response->clear();
        } else if (result.error.code == QLatin1String("duplicate")) {
            m_message->setText(tr("This review already has your response."));
        } else {
            // Not sent: the button comes back so the user can try again.
            m_responding.remove(id);
            m_message->setText(result.error.isTransient()
                    ? tr("The server cannot be reached: responses can be sent only while connected.")
                    : tr("Not sent: %1").arg(result.error.describe()));
        }
        m_context.engine().syncNow();
        updateResponse();
    });
}

void HostReviewsView::reviewGuest()
{
    const QString bookingId = m_stayTable->selectedId();
    if (bookingId.isEmpty())
        return;
    const client::WriteResult result = m_context.engine().createReview(bookingId,
        { { QStringLiteral("rating"), m_rating->value() }, { QStringLiteral("comment"), m_comment->toPlainText() } });
    if (!result.ok()) {
        m_message->setText(tr("Review not saved: %1").arg(fieldProblems(result.errors).join(QStringLiteral("; "))));
        return;
    }
    m_comment->clear();
    m_message->setText(tr("Review saved; it reaches the server with the next sync."));
    reload();
}

} // namespace roost::app

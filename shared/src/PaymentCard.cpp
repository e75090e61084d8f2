// SPDX-License-Identifier: Apache-2.0
#include "roost/PaymentCard.h"

#include "roost/JsonReader.h"

namespace roost {
namespace {

bool allDigits(const QString& s)
{
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}

} // namespace

QString PaymentCard::brand() const
{
    if (number.startsWith(QLatin1Char('4')))
        return QStringLiteral("visa");
    if (number.startsWith(QLatin1String("34")) || number.startsWith(QLatin1String("37")))
        return QStringLiteral("amex");
    const int two = number.left(2).toInt();
    const int four = number.left(4).toInt();
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))
        return QStringLiteral("mastercard");
    return QStringLiteral("card");
}

bool PaymentCard::isExpired(const QDate& today) const
{
    // A card is valid through the last day of its expiry month.
    return expYear < today.year() || (expYear == today.year() && expMonth < today.month());
}

bool passesLuhn(const QString& digits)
{
    if (!allDigits(digits))
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

PaymentCard parsePaymentCard(const QJsonObject& body)
{
    FieldErrors errors;
    JsonReader reader(body, errors);
    PaymentCard card;
    if (const auto number = reader.string(QStringLiteral("card_number"), Presence::Required, 40)) {
        card.number = QString(*number).remove(QLatin1Char(' '));
        if (!allDigits(card.number) || card.number.size() < 12 || card.number.size() > 19)
            reader.fail(QStringLiteral("card_number"), QStringLiteral("must be 12 to 19 digits"));
        else if (!passesLuhn(card.number))
            reader.fail(QStringLiteral("card_number"), QStringLiteral("is not a valid card number"));
    }
    if (const auto month = reader.integer(QStringLiteral("exp_month"), Presence::Required, 1, 12))
        card.expMonth = int(*month);
    if (const auto year = reader.integer(QStringLiteral("exp_year"), Presence::Required, 2000, 2199))
        card.expYear = int(*year);
    if (const auto cvc = reader.string(QStringLiteral("cvc"), Presence::Required, 8)) {
        card.cvc = *cvc;
        if (!allDigits(card.cvc) || card.cvc.size() < 3 || card.cvc.size() > 4)
            reader.fail(QStringLiteral("cvc"), QStringLiteral("must be 3 or 4 digits"));
    }
    if (!errors.isEmpty())
        throw Error::validation(errors);
    return card;
}

} // namespace roost

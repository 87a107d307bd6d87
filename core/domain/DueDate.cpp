// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DueDate.h"

#include <QRegularExpression>
#include <QStringList>

namespace rt {

namespace {

using Re = QRegularExpression;

const QString MonthPattern
    = QStringLiteral("(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                     "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)");

Re re(const QString& pattern)
{
    return Re(pattern, Re::CaseInsensitiveOption | Re::UseUnicodePropertiesOption);
}

int monthOf(const QString& name)
{
    static const QStringList starts {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                     QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                     QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                     QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(starts.indexOf(name.left(3).toLower())) + 1;
}

int yearOf(const QString& digits)
{
    const int y = digits.toInt();
    return digits.size() <= 2 ? 2000 + y : y;
}

QDate endOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? first.addDays(first.daysInMonth() - 1) : QDate();
}

/** The first date on or after @p from that @p at(year) gives; for phrasings without a year. */
template<typename At> std::optional<QDate> nextOnOrAfter(const QDate& from, At at)
{
    if (!from.isValid())
        return std::nullopt;
    for (int y = from.year(); y <= from.year() + 1; ++y) {
        const QDate d = at(y);
        if (d.isValid() && d >= from)
            return d;
    }
    return std::nullopt;
}

std::optional<QDate> valid(const QDate& d)
{
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

int numberOf(const QString& word)
{
    static const QStringList words {
        QStringLiteral("zero"),  QStringLiteral("one"),  QStringLiteral("two"), QStringLiteral("three"),
        QStringLiteral("four"),  QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven"),
        QStringLiteral("eight"), QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("eleven"),
        QStringLiteral("twelve")};
    const QString w = word.toLower();
    if (w == QLatin1String("a") || w == QLatin1String("an"))
        return 1;
    if (w == QLatin1String("eighteen"))
        return 18;
    if (w == QLatin1String("twenty-four") || w == QLatin1String("twenty four"))
        return 24;
    const qsizetype i = words.indexOf(w);
    if (i >= 0)
        return int(i);
    bool ok = false;
    const int n = w.toInt(&ok);
    return ok ? n : -1;
}

QDate seasonEnd(const QString& season, int year)
{
    const QString s = season.toLower();
    if (s == QLatin1String("spring"))
        return QDate(year, 5, 31);
    if (s == QLatin1String("summer"))
        return QDate(year, 8, 31);
    if (s == QLatin1String("winter")) // December to February: it ends in the next year
        return endOfMonth(year + 1, 2);
    return QDate(year, 11, 30); // autumn, fall
}

} // namespace

std::optional<QDate> DueDate::parse(const QString& words, const QDate& eventDate)
{
    const QString w = words.simplified().toLower().replace(QChar(0x2019), QLatin1Char('\''));
    if (w.isEmpty())
        return std::nullopt;
    static const Re none
        = re(QStringLiteral("\\b(ongoing|on-going|continuous|continual|tbc|tbd|tba|n/a|unknown|"
                            "asap|as soon as possible|when possible|not known|rolling)\\b"));
    if (none.match(w).hasMatch() || w == QLatin1String("-") || w == QLatin1String("na"))
        return std::nullopt;
    QRegularExpressionMatch m;

    // Written dates: ISO, then day/month/year as the UK writes it.
    static const Re iso = re(QStringLiteral("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b"));
    if ((m = iso.match(w)).hasMatch())
        return valid(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    static const Re dmy = re(QStringLiteral("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b"));
    if ((m = dmy.match(w)).hasMatch())
        return valid(QDate(yearOf(m.captured(3)), m.captured(2).toInt(), m.captured(1).toInt()));
    static const Re my = re(QStringLiteral("\\b(\\d{1,2})[/.](\\d{4})\\b"));
    if ((m = my.match(w)).hasMatch())
        return valid(endOfMonth(m.captured(2).toInt(), m.captured(1).toInt()));
    static const Re dayMonth = re(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?")
                                  + MonthPattern + QStringLiteral("\\b,?(?:\\s*(\\d{4}|\\d{2})\\b)?"));
    if ((m = dayMonth.match(w)).hasMatch()) {
        const int day = m.captured(1).toInt(), month = monthOf(m.captured(2));
        if (!m.captured(3).isEmpty())
            return valid(QDate(yearOf(m.captured(3)), month, day));
        return nextOnOrAfter(eventDate, [&](int y) { return QDate(y, month, day); });
    }
    static const Re monthDayYear
        = re(MonthPattern + QStringLiteral("\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*(\\d{4})\\b"));
    if ((m = monthDayYear.match(w)).hasMatch())
        return valid(QDate(m.captured(3).toInt(), monthOf(m.captured(1)), m.captured(2).toInt()));

    // Quarters: "Q4 2023", "2023 Q4", "end of Q3" (the next one to end).
    static const Re quarter = re(QStringLiteral("\\bq([1-4])\\b(?:\\s*[-/']?\\s*(\\d{4}|\\d{2})\\b)?"));
    static const Re yearQuarter = re(QStringLiteral("\\b(\\d{4})\\s*[-/ ]?\\s*q([1-4])\\b"));
    if ((m = yearQuarter.match(w)).hasMatch())
        return valid(endOfMonth(m.captured(1).toInt(), m.captured(2).toInt() * 3));
    if ((m = quarter.match(w)).hasMatch()) {
        const int q = m.captured(1).toInt();
        if (!m.captured(2).isEmpty())
            return valid(endOfMonth(yearOf(m.captured(2)), q * 3));
        return nextOnOrAfter(eventDate, [&](int y) { return endOfMonth(y, q * 3); });
    }

    // Seasons end with their last month: "Autumn 2023", "by spring".
    static const Re season
        = re(QStringLiteral("\\b(spring|summer|autumn|fall|winter)\\b(?:\\s*(\\d{4}|\\d{2})\\b)?"));
    if ((m = season.match(w)).hasMatch()) {
        if (!m.captured(2).isEmpty())
            return valid(seasonEnd(m.captured(1), yearOf(m.captured(2))));
        return nextOnOrAfter(eventDate, [&](int y) { return seasonEnd(m.captured(1), y); });
    }

    // A month and year ("Sept 2023", "Aug-23", "August '24") or a month alone: its last day.
    static const Re monthYear
        = re(QStringLiteral("\\b") + MonthPattern + QStringLiteral("\\b[\\s\\-'/,]*(\\d{4}|\\d{2})\\b"));
    if ((m = monthYear.match(w)).hasMatch())
        return valid(endOfMonth(yearOf(m.captured(2)), monthOf(m.captured(1))));
    static const Re monthAlone = re(QStringLiteral("\\b") + MonthPattern + QStringLiteral("\\b"));
    if ((m = monthAlone.match(w)).hasMatch() && m.captured(1) != QLatin1String("may")) {
        const int month = monthOf(m.captured(1));
        return nextOnOrAfter(eventDate, [&](int y) { return endOfMonth(y, month); });
    }
    static const Re mayAlone = re(QStringLiteral("^(?:by |end of |before )?may$"));
    if (mayAlone.match(w).hasMatch())
        return nextOnOrAfter(eventDate, [](int y) { return endOfMonth(y, 5); });

    static const Re christmas = re(QStringLiteral("\\b(christmas|xmas)\\b(?:\\s*(\\d{4})\\b)?"));
    if ((m = christmas.match(w)).hasMatch()) {
        if (!m.captured(2).isEmpty())
            return valid(QDate(m.captured(2).toInt(), 12, 25));
        return nextOnOrAfter(eventDate, [](int y) { return QDate(y, 12, 25); });
    }
    // The UK financial year ends on 31 March: "end of financial year", "2023/24", "FY 2023/24".
    static const Re fyRange = re(QStringLiteral("\\b(20\\d{2})\\s*[/-]\\s*(\\d{2}|20\\d{2})\\b"));
    if ((m = fyRange.match(w)).hasMatch() && yearOf(m.captured(2)) == m.captured(1).toInt() + 1)
        return valid(QDate(yearOf(m.captured(2)), 3, 31));
    static const Re fy = re(QStringLiteral("\\b(financial year|fy|year-end accounts)\\b"));
    if (fy.match(w).hasMatch())
        return nextOnOrAfter(eventDate, [](int y) { return QDate(y, 3, 31); });
    static const Re partOfYear = re(QStringLiteral(
        "\\b(early|mid|middle of|late|end of|by end|start of|beginning of)[\\s\\-]*(20\\d{2})\\b"));
    if ((m = partOfYear.match(w)).hasMatch()) {
        const QString part = m.captured(1);
        const int y = m.captured(2).toInt();
        if (part == QLatin1String("early") || part.startsWith(QLatin1String("start"))
            || part.startsWith(QLatin1String("beginning")))
            return QDate(y, 3, 31);
        if (part.startsWith(QLatin1String("mid")))
            return QDate(y, 6, 30);
        return QDate(y, 12, 31);
    }
    static const Re yearEnd = re(
        QStringLiteral("\\b(end of (the )?year|year[\\s\\-]end|this year|end of (the )?calendar year)\\b"));
    if (yearEnd.match(w).hasMatch())
        return eventDate.isValid() ? std::optional<QDate>(QDate(eventDate.year(), 12, 31)) : std::nullopt;
    static const Re nextYear = re(QStringLiteral("\\bnext year\\b"));
    if (nextYear.match(w).hasMatch())
        return eventDate.isValid() ? std::optional<QDate>(QDate(eventDate.year() + 1, 12, 31)) : std::nullopt;
    static const Re monthEnd
        = re(QStringLiteral("\\b(end of (the |this )?month|this month|month[\\s\\-]end)\\b"));
    if (monthEnd.match(w).hasMatch())
        return eventDate.isValid() ? valid(endOfMonth(eventDate.year(), eventDate.month())) : std::nullopt;
    static const Re nextMonth = re(QStringLiteral("\\bnext month\\b"));
    if (nextMonth.match(w).hasMatch()) {
        if (!eventDate.isValid())
            return std::nullopt;
        const QDate n = eventDate.addMonths(1);
        return valid(endOfMonth(n.year(), n.month()));
    }
    static const Re fortnight = re(QStringLiteral("\\b(a |one |two |2 )?fortnights?\\b"));
    if ((m = fortnight.match(w)).hasMatch()) {
        const QString n = m.captured(1).trimmed();
        return eventDate.isValid() ? std::optional<QDate>(
                   eventDate.addDays(14 * ((n == QLatin1String("two") || n == QLatin1String("2")) ? 2 : 1)))
                                   : std::nullopt;
    }

    // A span from the event: "Within 3 months", "Next 12 months", "12-24 months" (the later end).
    static const Re span = re(QStringLiteral("\\b(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                                             "eleven|twelve|eighteen|twenty[\\s\\-]four)"
                                             "(?:\\s*(?:-|to|\\x{2013}|or)\\s*(\\d+|two|three|four|five|six|"
                                             "seven|eight|nine|ten|eleven|twelve|eighteen|"
                                             "twenty[\\s\\-]four))?\\s*(day|week|month|year|yr|mth)s?\\b"));
    if ((m = span.match(w)).hasMatch()) {
        if (!eventDate.isValid())
            return std::nullopt;
        const int n
            = numberOf(m.captured(2).isEmpty() ? m.captured(1)
                                               : m.captured(2).replace(QLatin1Char(' '), QLatin1Char('-')));
        const QString unit = m.captured(3);
        if (n < 0)
            return std::nullopt;
        if (unit == QLatin1String("day"))
            return eventDate.addDays(n);
        if (unit == QLatin1String("week"))
            return eventDate.addDays(7 * qint64(n));
        if (unit == QLatin1String("month") || unit == QLatin1String("mth"))
            return eventDate.addMonths(n);
        return eventDate.addYears(n);
    }
    static const Re yearAlone = re(QStringLiteral("\\b(20\\d{2})\\b"));
    if ((m = yearAlone.match(w)).hasMatch())
        return QDate(m.captured(1).toInt(), 12, 31);
    return std::nullopt;
}

QString DueDate::parseIso(const QString& words, const QString& eventDateIso)
{
    const std::optional<QDate> d = parse(words, QDate::fromString(eventDateIso, Qt::ISODate));
    return d ? d->toString(Qt::ISODate) : QString();
}

} // namespace rt

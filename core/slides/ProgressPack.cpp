// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/ProgressPack.h"

#include "domain/ActionStatus.h"
#include "slides/SlideElements.h"
#include "slides/TextLayout.h"
#include "slides/Theme.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace rt::slides {

namespace {

using namespace theme;
using namespace elements;

QLocale localeFor(const QString& language)
{
    return QLocale(language.isEmpty() || language == QLatin1String("en") ? QStringLiteral("en_GB")
                                                                         : language);
}

/** An ISO date or date-time as the pack shows a day ("21 Oct 2023"); the text itself when it is neither. */
QString dayText(const QString& iso, const QString& language)
{
    QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? localeFor(language).toString(d, QStringLiteral("d MMM yyyy")) : iso;
}

QDate dayOf(const QString& iso)
{
    return QDate::fromString(iso.left(10), Qt::ISODate);
}

bool overdue(const SessionData::Action& a, const QDate& today)
{
    return actionIsOverdue(a.status, a.due, today);
}

/** The status's label in the source language, for ProgressBuilder::tr (the pack's language). */
const char* statusSource(const QString& status)
{
    if (status == QLatin1String("on_track"))
        return QT_TRANSLATE_NOOP("ProgressBuilder", "On track");
    if (status == QLatin1String("at_risk"))
        return QT_TRANSLATE_NOOP("ProgressBuilder", "At risk");
    if (status == QLatin1String("off_track"))
        return QT_TRANSLATE_NOOP("ProgressBuilder", "Off track");
    if (status == QLatin1String("done"))
        return QT_TRANSLATE_NOOP("ProgressBuilder", "Done");
    if (status == QLatin1String("stopped"))
        return QT_TRANSLATE_NOOP("ProgressBuilder", "Stopped");
    return QT_TRANSLATE_NOOP("ProgressBuilder", "Not started");
}

QColor statusColour(const QString& status)
{
    if (status == QLatin1String("on_track"))
        return QColor(0xd1, 0xfa, 0xe5);
    if (status == QLatin1String("at_risk"))
        return QColor(0xfe, 0xf3, 0xc7);
    if (status == QLatin1String("off_track"))
        return QColor(0xfe, 0xe2, 0xe2);
    if (status == QLatin1String("done"))
        return QColor(0xdb, 0xea, 0xfe);
    if (status == QLatin1String("stopped"))
        return QColor(0xe5, 0xe7, 0xeb);
    return {};
}

/** A number in an indicator cell ("74%", "-0.1%", "1,234"); false when there is none. */
bool numberIn(const QString& s, double* out)
{
    static const QRegularExpression re(QStringLiteral("[-+\\x{2212}]?\\d[\\d,]*(\\.\\d+)?"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return false;
    QString t = m.captured(0);
    t.remove(QLatin1Char(','));
    t.replace(QChar(0x2212), QLatin1Char('-'));
    bool ok = false;
    *out = t.toDouble(&ok);
    return ok;
}

bool samePlace(const QString& a, const QString& b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

/** The data pack's columns a place's update shows: its own column and the comparators when one
 *  is named after it; every column otherwise. */
QList<int> indicatorColumnsFor(const SessionData& d, const QString& place)
{
    QList<int> all, own;
    for (int i = 0; i < d.indicatorColumns.size(); ++i) {
        all << i;
        const bool comparator = i < d.comparator.size() && d.comparator[i];
        if (comparator || (!place.isEmpty() && samePlace(d.indicatorColumns[i], place)))
            own << i;
    }
    const bool named = own.size() > 0 && std::any_of(own.cbegin(), own.cend(), [&](int i) {
                           return !(i < d.comparator.size() && d.comparator[i]);
                       });
    return named ? own : all;
}

QString latestPeriod(const SessionData& d)
{
    QString latest;
    for (const auto& r : d.indicators) {
        if (!r.periods.isEmpty())
            latest = r.periods.last().period;
    }
    return latest;
}

QString mdCell(const QString& t)
{
    QString s = t;
    s.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return s;
}

} // namespace

ProgressBuilder::ProgressBuilder(const SessionData& data, const ProgressOptions& options)
    : m_data(data)
    , m_options(options)
    , m_since(sinceOf(data, options))
{ }

QString ProgressBuilder::check(const SessionData& data, const ProgressOptions& options)
{
    if (!options.place.isNull()) {
        QStringList names;
        for (const auto& p : data.places) {
            if (samePlace(p.name, options.place))
                return {};
            names << p.name;
        }
        if (names.isEmpty())
            return QCoreApplication::translate("ProgressBuilder", "--place: the session has no places");
        return QCoreApplication::translate("ProgressBuilder",
                                           "--place: there is no place \"%1\" (places: %2)")
            .arg(options.place, names.join(QStringLiteral(", ")));
    }
    return {};
}

QDate ProgressBuilder::sinceOf(const SessionData& data, const ProgressOptions& options)
{
    return options.since.isValid() ? options.since : QDate::fromString(data.date, Qt::ISODate);
}

bool ProgressBuilder::wantsPlace(const SessionData::Place& place) const
{
    return m_options.place.isNull() || samePlace(place.name, m_options.place);
}

Deck ProgressBuilder::build()
{
    const PackLanguage::Scope language(m_data.language);
    m_deck = Deck();
    m_deck.title = text::clean(m_data.title);
    m_deck.language = m_data.language.isEmpty() ? QStringLiteral("en") : m_data.language;
    titleSlide();
    for (const auto& place : m_data.places) {
        if (wantsPlace(place))
            placeSlides(place);
    }
    if (!m_data.indicators.isEmpty())
        indicatorSlides();
    finish();
    return std::move(m_deck);
}

void ProgressBuilder::titleSlide()
{
    Slide s;
    s.kind = Slide::Title;
    s.title = m_options.place.isNull() ? tr("Progress update")
                                       : tr("%1: progress update").arg(text::clean(m_options.place));
    for (const auto& p : m_data.places) {
        if (!m_options.place.isNull() && samePlace(p.name, m_options.place))
            s.title = tr("%1: progress update").arg(text::clean(p.name));
    }
    s.section = QStringLiteral("intro");
    s.elements.append(rectShape(QRectF(0, 0, W, 60), accent()));
    Element t = textBox(QRectF(Margin * 2, 250, W - 4 * Margin, 300), plain(s.title, true), 44, accent(),
                        Qt::AlignLeft | Qt::AlignBottom);
    t.name = QStringLiteral("Title");
    s.elements.append(t);
    s.elements.append(rectShape(QRectF(Margin * 2, 570, 400, 6), accent()));
    QList<Paragraph> sub;
    if (!m_deck.title.isEmpty())
        sub << text::paragraph(tr("Following up: %1").arg(m_deck.title), {}, true);
    sub << text::paragraph(
        tr("As of %1")
            .arg(localeFor(m_deck.language).toString(m_options.today, QStringLiteral("d MMMM yyyy"))));
    if (m_since.isValid())
        sub << text::paragraph(
            tr("Changes since %1")
                .arg(localeFor(m_deck.language).toString(m_since, QStringLiteral("d MMMM yyyy"))));
    s.elements.append(textBox(QRectF(Margin * 2, 600, W - 4 * Margin, 360), sub, 22));
    m_deck.slides.append(s);
}

void ProgressBuilder::placeSlides(const SessionData::Place& place)
{
    const QString name = text::clean(place.name);
    const QString section = QStringLiteral("places");
    m_pages.sectionSlide(name, tr("Progress on the actions agreed"), section);

    // What the place set out to do, as a reminder.
    QList<Paragraph> agreed;
    for (const auto& aim : place.aims) {
        if (aim.statement.trimmed().isEmpty())
            continue;
        QString line
            = tr("The partners will work together within %1 to %2").arg(name, text::clean(aim.statement));
        if (!aim.cohort.trimmed().isEmpty())
            line += QStringLiteral(" (%1)").arg(text::clean(aim.cohort));
        agreed << text::paragraph(line, QStringLiteral("\u2022"));
    }
    if (!place.priorities.trimmed().isEmpty()) {
        agreed << text::paragraph(tr("What the place prioritised"), {}, true);
        for (const QString& line : place.priorities.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            agreed << text::paragraph(line);
    }
    if (!agreed.isEmpty())
        m_pages.flowSlides(tr("%1: what we agreed").arg(name), section, agreed, 18);

    // What changed: counts, so no action or update is shown twice.
    int changed = 0, updates = 0, isOverdue = 0;
    QMap<QString, int> byStatus;
    for (const auto& a : place.actions) {
        byStatus[a.status.isEmpty() ? QStringLiteral("not_started") : a.status] += 1;
        if (overdue(a, m_options.today))
            ++isOverdue;
        bool any = false;
        for (const auto& u : a.updates) {
            if (!m_since.isValid() || dayOf(u.at) >= m_since) {
                ++updates;
                any = true;
            }
        }
        changed += any ? 1 : 0;
    }
    QList<Paragraph> summary;
    summary << text::paragraph(tr("%n action(s) in the plan", nullptr, int(place.actions.size())),
                               QStringLiteral("\u2022"));
    summary << text::paragraph(tr("%n progress update(s)", nullptr, updates) + QStringLiteral(", ")
                                   + tr("on %n action(s)", nullptr, changed),
                               QStringLiteral("\u2022"));
    for (const QString& key : actionStatusKeys()) {
        if (byStatus.value(key) > 0)
            summary << text::paragraph(
                QStringLiteral("%1: %2").arg(tr(statusSource(key))).arg(byStatus.value(key)),
                QStringLiteral("\u2022"));
    }
    summary << text::paragraph(tr("%n overdue", nullptr, isOverdue), QStringLiteral("\u2022"), isOverdue > 0);
    const QString changedTitle = m_since.isValid()
        ? tr("%1: since %2")
              .arg(name, localeFor(m_deck.language).toString(m_since, QStringLiteral("d MMMM yyyy")))
        : tr("%1: what changed").arg(name);
    m_pages.flowSlides(changedTitle, section, summary, 20);

    if (place.actions.isEmpty())
        return;
    // Each action once, with its latest update.
    QList<Cell> header;
    for (const QString& h :
         {tr("#"), tr("Action"), tr("Owner"), tr("Due"), tr("Status"), tr("Latest update")})
        header << Cell {plain(h, true), accent(), white(), true};
    QList<QList<Cell>> rows;
    QList<Paragraph> earlier;
    for (int i = 0; i < place.actions.size(); ++i) {
        const auto& a = place.actions[i];
        QList<Cell> r;
        r << Cell {plain(QString::number(i + 1)), {}, theme::text(), false};
        Cell action;
        if (!text::clean(a.action).trimmed().isEmpty())
            action.paragraphs << m_pages.itemParagraph(QStringLiteral("action"), a.action, {});
        r << action;
        r << Cell {plain(a.who), {}, theme::text(), false};
        QString due = a.due.isEmpty() ? a.byWhen : dayText(a.due, m_deck.language);
        if (overdue(a, m_options.today))
            due = tr("%1 (overdue)").arg(due);
        r << Cell {plain(due),
                   {},
                   overdue(a, m_options.today) ? QColor(0xb9, 0x1c, 0x1c) : theme::text(),
                   overdue(a, m_options.today)};
        r << Cell {plain(tr(statusSource(a.status))), statusColour(a.status), theme::text(), true};
        Cell latest;
        if (!a.updates.isEmpty()) {
            const auto& u = a.updates.last();
            QString said = dayText(u.at, m_deck.language);
            if (!u.who.trimmed().isEmpty())
                said += QStringLiteral(", ") + text::clean(u.who);
            latest.paragraphs << text::paragraph(said, {}, true);
            latest.paragraphs << m_pages.itemParagraph(QStringLiteral("update"), u.text, {});
        }
        r << latest;
        rows << r;
        // The earlier updates since the event, in the log below the table.
        for (int j = 0; j + 1 < a.updates.size(); ++j) {
            const auto& u = a.updates[j];
            if (m_since.isValid() && dayOf(u.at) < m_since)
                continue;
            QString said = tr("Action %1, %2").arg(i + 1).arg(dayText(u.at, m_deck.language));
            if (!u.who.trimmed().isEmpty())
                said += QStringLiteral(", ") + text::clean(u.who);
            said += QStringLiteral(" (%1)").arg(tr(statusSource(u.status)));
            earlier << text::paragraph(said, {}, true);
            earlier << m_pages.itemParagraph(QStringLiteral("update"), u.text, QStringLiteral("\u2022"));
        }
    }
    m_pages.tableSlides(tr("%1: actions").arg(name), section,
                        tr("Status, owner, due date and the latest update of each action"), header, rows,
                        {0.04, 0.30, 0.14, 0.11, 0.10, 0.31}, 12);
    if (!earlier.isEmpty())
        m_pages.flowSlides(tr("%1: earlier updates").arg(name), section, earlier, 16);
}

void ProgressBuilder::indicatorSlides()
{
    const QList<int> columns = indicatorColumnsFor(m_data, m_options.place);
    const QString period = latestPeriod(m_data);
    QList<Cell> header;
    header << Cell {plain(tr("Indicator"), true), accent(), white(), true};
    for (int c : columns)
        header << Cell {plain(m_data.indicatorColumns[c], true), accent(), white(), true};
    QList<QList<Cell>> rows;
    for (const auto& r : m_data.indicators) {
        QList<Cell> cells;
        cells << Cell {plain(r.indicator), {}, theme::text(), false};
        const QStringList now = r.periods.isEmpty() ? QStringList() : r.periods.last().values;
        for (int c : columns) {
            const QString then = r.values.value(c);
            Cell cell {plain(then), {}, theme::text(), false};
            if (!r.periods.isEmpty()) {
                const QString later = now.value(c);
                cell.paragraphs = plain(QStringLiteral("%1 \u2192 %2").arg(then, later));
                double a, b;
                if (numberIn(then, &a) && numberIn(later, &b) && a != b) {
                    const bool better = r.higherIsBetter ? b > a : b < a;
                    cell.fill = better ? QColor(0xd1, 0xfa, 0xe5) : QColor(0xfe, 0xe2, 0xe2);
                }
            }
            cells << cell;
        }
        rows << cells;
    }
    QList<double> fractions {0.34};
    for (qsizetype i = 0; i < columns.size(); ++i)
        fractions << 0.66 / double(columns.size());
    const QString intro = period.isEmpty()
        ? tr("At the event (no later period yet)")
        : tr("At the event \u2192 %1 (green: better, red: worse)").arg(period);
    m_pages.tableSlides(tr("Indicators then and now"), QStringLiteral("datapack"), intro, header, rows,
                        fractions, 12);
}

void ProgressBuilder::finish()
{
    addFooters(m_deck);
}

QString ProgressBuilder::markdown(const SessionData& d, const ProgressOptions& options)
{
    const PackLanguage::Scope language(d.language);
    const QDate since = sinceOf(d, options);
    const QString lang = d.language;
    QString md;
    md += QStringLiteral("# %1\n\n")
              .arg(options.place.isNull() ? tr("Progress update")
                                          : tr("%1: progress update").arg(options.place));
    if (!d.title.isEmpty())
        md += tr("Following up: %1").arg(d.title) + QStringLiteral("  \n");
    md += tr("As of %1").arg(localeFor(lang).toString(options.today, QStringLiteral("d MMMM yyyy")));
    if (since.isValid())
        md += QStringLiteral("  \n")
            + tr("Changes since %1").arg(localeFor(lang).toString(since, QStringLiteral("d MMMM yyyy")));
    md += QStringLiteral("\n\n");
    for (const auto& p : d.places) {
        if (!options.place.isNull() && !samePlace(p.name, options.place))
            continue;
        md += QStringLiteral("## %1\n\n").arg(p.name);
        md += QStringLiteral("### %1\n\n").arg(tr("What we agreed"));
        for (const auto& aim : p.aims) {
            if (!aim.statement.trimmed().isEmpty())
                md += QStringLiteral("- ")
                    + tr("The partners will work together within %1 to %2").arg(p.name, aim.statement)
                    + (aim.cohort.trimmed().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(aim.cohort))
                    + QLatin1Char('\n');
        }
        if (!p.priorities.trimmed().isEmpty())
            md += QStringLiteral("\n**%1**\n\n%2\n").arg(tr("What the place prioritised"), p.priorities);
        md += QStringLiteral("\n### %1\n\n").arg(tr("Actions"));
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n|---|---|---|---|---|---|\n")
                  .arg(tr("#"), tr("Action"), tr("Owner"), tr("Due"), tr("Status"), tr("Latest update"));
        QString log;
        for (int i = 0; i < p.actions.size(); ++i) {
            const auto& a = p.actions[i];
            QString due = a.due.isEmpty() ? a.byWhen : dayText(a.due, lang);
            if (overdue(a, options.today))
                due = tr("%1 (overdue)").arg(due);
            QString latest;
            if (!a.updates.isEmpty()) {
                const auto& u = a.updates.last();
                latest = dayText(u.at, lang)
                    + (u.who.trimmed().isEmpty() ? QString() : QStringLiteral(", ") + u.who)
                    + QStringLiteral(": ") + u.text;
            }
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                      .arg(i + 1)
                      .arg(mdCell(a.action), mdCell(a.who), mdCell(due), mdCell(tr(statusSource(a.status))),
                           mdCell(latest));
            for (int j = 0; j + 1 < a.updates.size(); ++j) {
                const auto& u = a.updates[j];
                if (since.isValid() && dayOf(u.at) < since)
                    continue;
                log += QStringLiteral("- **%1** %2\n")
                           .arg(tr("Action %1, %2").arg(i + 1).arg(dayText(u.at, lang))
                                    + (u.who.trimmed().isEmpty() ? QString() : QStringLiteral(", ") + u.who)
                                    + QStringLiteral(" (%1)").arg(tr(statusSource(u.status))),
                                QString(u.text).replace(QLatin1Char('\n'), QStringLiteral("  \n  ")));
            }
        }
        if (!log.isEmpty())
            md += QStringLiteral("\n### %1\n\n%2").arg(tr("Earlier updates"), log);
        md += QLatin1Char('\n');
    }
    if (!d.indicators.isEmpty()) {
        const QList<int> columns = indicatorColumnsFor(d, options.place);
        md += QStringLiteral("## %1\n\n| %2 |").arg(tr("Indicators then and now"), tr("Indicator"));
        for (int c : columns)
            md += QStringLiteral(" %1 |").arg(mdCell(d.indicatorColumns[c]));
        md += QStringLiteral("\n|---|");
        for (qsizetype i = 0; i < columns.size(); ++i)
            md += QStringLiteral("---|");
        md += QLatin1Char('\n');
        for (const auto& r : d.indicators) {
            md += QStringLiteral("| %1 |").arg(mdCell(r.indicator));
            for (int c : columns) {
                const QString then = r.values.value(c);
                md += QStringLiteral(" %1 |").arg(
                    r.periods.isEmpty()
                        ? mdCell(then)
                        : mdCell(QStringLiteral("%1 \u2192 %2 (%3)")
                                     .arg(then, r.periods.last().values.value(c), r.periods.last().period)));
            }
            md += QLatin1Char('\n');
        }
    }
    return md;
}

} // namespace rt::slides

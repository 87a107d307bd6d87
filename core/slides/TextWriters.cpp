// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Quadrant.h"
#include "slides/DeckBuilder.h"
#include "slides/TextLayout.h"
#include "slides/Writers.h"

namespace rt::slides {

namespace {

/** Verbatim text: Markdown's inline syntax and HTML are backslash-escaped, so a note reading
 *  "<b>x</b>" or "*urgent*" shows exactly that. */
QString escaped(const QString& t)
{
    static const QString special = QStringLiteral("\\`*_[]<>|&#~");
    QString out;
    for (const QChar c : text::clean(t)) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString oneLine(const QString& t)
{
    QString s = escaped(t);
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

/** List item or table cell text: line breaks stay line breaks inside it. */
QString item(const QString& t)
{
    QString s = escaped(t);
    s.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return s;
}

QString cell(const QString& t)
{
    return item(t);
}

void tableRow(QString& md, const QStringList& cells)
{
    QStringList c;
    for (const QString& v : cells)
        c << cell(v);
    md += QStringLiteral("| ") + c.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

void tableHead(QString& md, const QStringList& heads)
{
    tableRow(md, heads);
    QStringList rule;
    for (int i = 0; i < heads.size(); ++i)
        rule << QStringLiteral("---");
    md += QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

void drivers(QString& md, const QList<SessionData::DriverNode>& nodes, int depth)
{
    for (const auto& n : nodes) {
        md += QString(depth * 2, QLatin1Char(' ')) + QStringLiteral("- ") + item(n.text) + QLatin1Char('\n');
        drivers(md, n.children, depth + 1);
    }
}

void poll(QString& md, const SessionData::Poll& p, const QString& language)
{
    md += QStringLiteral("### %1\n\n").arg(oneLine(p.question));
    if (p.kind == QLatin1String("wordcloud") || p.kind == QLatin1String("open")) {
        for (qsizetype i = 0; i < p.votes.size(); ++i) {
            const QString t = p.votes.at(i).value(QStringLiteral("text")).toString();
            if (!p.hidden.value(i) && !t.trimmed().isEmpty())
                md += QStringLiteral("- ") + item(t) + QLatin1Char('\n');
        }
        if (const int hidden = hiddenAnswers(p))
            md += QLatin1Char('\n') + hiddenByFacilitator(hidden) + QStringLiteral(".\n");
        md += QLatin1Char('\n');
        return;
    }
    const ChartData c = pollChart(p, language);
    for (int i = 0; i < c.labels.size() && i < c.values.size(); ++i)
        md += QStringLiteral("- %1: %2\n").arg(item(c.labels[i])).arg(c.values[i]);
    if (!c.caption.isEmpty())
        md += QLatin1Char('\n') + c.caption + QLatin1Char('\n');
    md += QLatin1Char('\n');
}

QString csvLine(const QStringList& fields)
{
    QStringList f;
    for (const QString& v : fields)
        f << CsvWriter::field(v);
    return f.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

QString MarkdownWriter::markdown(const SessionData& d)
{
    const PackLanguage::Scope language(d.language);
    QString md;
    md += QStringLiteral("# %1\n\n").arg(oneLine(d.title.isEmpty() ? tr("Summary of the event") : d.title));
    for (const QString& s : {d.date, d.venue, d.organiser}) {
        if (!s.isEmpty())
            md += item(s) + QStringLiteral("  \n");
    }
    md += QLatin1Char('\n');
    if (!d.purpose.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(tr("Purpose"));
        for (int i = 0; i < d.purpose.size(); ++i)
            md += QStringLiteral("%1. %2\n").arg(i + 1).arg(item(d.purpose[i]));
        md += QLatin1Char('\n');
    }
    if (!d.agenda.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(tr("Agenda"));
        tableHead(md, {tr("Time"), tr("Item")});
        for (const auto& a : d.agenda)
            tableRow(md, {a.end.isEmpty() ? a.start : a.start + QStringLiteral(" – ") + a.end, a.title});
        md += QLatin1Char('\n');
    }
    if (!d.disclaimer.isEmpty())
        md += QStringLiteral("> %1\n\n").arg(item(d.disclaimer));
    if (!d.tables.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(tr("Topic-based table discussions"));
        for (const auto& t : d.tables) {
            md += QStringLiteral("### %1: %2\n\n").arg(t.number).arg(oneLine(t.topic));
            for (int p = 0; p < t.notes.size() && p < d.prompts.size(); ++p) {
                md += QStringLiteral("#### %1\n\n").arg(oneLine(d.prompts[p].question));
                for (const auto& n : t.notes[p]) {
                    md += QStringLiteral("- ")
                        + (n.keyPoint ? QStringLiteral("★ **%1**").arg(item(n.text)) : item(n.text))
                        + QLatin1Char('\n');
                }
                md += QLatin1Char('\n');
            }
        }
    }
    bool first = true;
    for (const auto& p : d.polls) {
        if (p.feedback || p.place >= 0)
            continue;
        if (first)
            md += QStringLiteral("## %1\n\n").arg(tr("Poll results"));
        first = false;
        poll(md, p, d.language);
    }
    if (!d.places.isEmpty())
        md += QStringLiteral("## %1\n\n").arg(tr("Place-based action planning"));
    for (int pi = 0; pi < d.places.size(); ++pi) {
        const auto& place = d.places[pi];
        md += QStringLiteral("### %1\n\n").arg(oneLine(place.name));
        if (!place.priorities.isEmpty())
            md += item(place.priorities) + QStringLiteral("\n\n");
        md += tr("The partners will work together within %1 to…").arg(oneLine(place.name))
            + QStringLiteral("\n\n");
        for (int i = 0; i < place.aims.size(); ++i) {
            const auto& a = place.aims[i];
            md += QStringLiteral("%1. …%2").arg(i + 1).arg(item(a.statement));
            if (!a.cohort.isEmpty())
                md += QStringLiteral(" (%1)").arg(tr("Cohort: %1").arg(item(a.cohort)));
            md += QLatin1Char('\n');
        }
        md += QLatin1Char('\n');
        for (const auto& p : d.polls) {
            if (p.place == pi && !p.feedback)
                poll(md, p, d.language);
        }
        for (int i = 0; i < place.aims.size(); ++i) {
            const auto& a = place.aims[i];
            md += QStringLiteral("#### %1\n\n").arg(tr("PICK chart, aim %1").arg(i + 1));
            const QList<std::pair<Quadrant, QString>> quads = {{Quadrant::Possible, tr("POSSIBLE")},
                                                               {Quadrant::Implement, tr("IMPLEMENT")},
                                                               {Quadrant::Challenge, tr("CHALLENGE")},
                                                               {Quadrant::Kibosh, tr("KIBOSH")}};
            for (const auto& [q, label] : quads) {
                md += QStringLiteral("- **%1**\n").arg(label);
                for (const auto& idea : a.ideas) {
                    if (!idea.unsorted && quadrantOf(idea.impact, idea.effort) == q)
                        md += QStringLiteral("  - ") + item(idea.text) + QLatin1Char('\n');
                }
            }
            bool any = false;
            for (const auto& idea : a.ideas) {
                if (!idea.unsorted)
                    continue;
                if (!any)
                    md += QStringLiteral("- **%1**\n").arg(tr("Not yet placed"));
                any = true;
                md += QStringLiteral("  - ") + item(idea.text) + QLatin1Char('\n');
            }
            md += QLatin1Char('\n');
            if (!a.drivers.isEmpty()) {
                md += QStringLiteral("#### %1\n\n").arg(tr("Driver diagram, aim %1").arg(i + 1));
                drivers(md, a.drivers, 0);
                md += QLatin1Char('\n');
            }
        }
        if (!place.actions.isEmpty()) {
            md += QStringLiteral("#### %1\n\n").arg(tr("Action plan"));
            tableHead(md,
                      {tr("Cohort"), tr("Idea"), tr("Action"), tr("Who will do it?"), tr("By when?"),
                       tr("Measure of success")});
            for (const auto& a : place.actions)
                tableRow(md, {a.cohort, a.idea, a.action, a.who, a.byWhen, a.measure});
            md += QLatin1Char('\n');
        }
    }
    if (!d.indicators.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(tr("Data pack"));
        QStringList heads = {tr("Domain"), tr("Indicator")};
        heads << d.indicatorColumns;
        tableHead(md, heads);
        for (const auto& r : d.indicators) {
            QStringList row = {r.domain, r.indicator};
            row << r.values;
            tableRow(md, row);
        }
        md += QLatin1Char('\n');
    }
    if (!d.nextSteps.trimmed().isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(tr("Next steps"));
        for (const QString& line : d.nextSteps.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            md += QStringLiteral("- %1\n").arg(item(line.trimmed()));
        md += QLatin1Char('\n');
    }
    first = true;
    for (const auto& p : d.polls) {
        if (!p.feedback)
            continue;
        if (first)
            md += QStringLiteral("## %1\n\n").arg(tr("Feedback"));
        first = false;
        poll(md, p, d.language);
    }
    return md;
}

bool MarkdownWriter::write(const SessionData& data, const QString& path, QString* error,
                           const QStringList& inputs)
{
    return saveBytes(markdown(data).toUtf8(), path, error, inputs);
}

QString CsvWriter::field(const QString& raw)
{
    QString v = raw;
    v.remove(QChar(0));
    // A spreadsheet would run a cell that starts like a formula; a leading apostrophe keeps it text.
    if (!v.isEmpty() && (v[0] == QLatin1Char('=') || v[0] == QLatin1Char('+') || v[0] == QLatin1Char('@')))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v.startsWith(QLatin1Char(' ')) || v.endsWith(QLatin1Char(' '))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QByteArray CsvWriter::notes(const SessionData& d)
{
    QString out = csvLine({QStringLiteral("table"), QStringLiteral("topic"), QStringLiteral("prompt"),
                           QStringLiteral("text"), QStringLiteral("key_point")});
    for (const auto& t : d.tables) {
        for (int p = 0; p < t.notes.size(); ++p) {
            for (const auto& n : t.notes[p]) {
                out += csvLine({QString::number(t.number), t.topic,
                                p < d.prompts.size() ? d.prompts[p].question : QString(), n.text,
                                n.keyPoint ? QStringLiteral("yes") : QStringLiteral("no")});
            }
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray CsvWriter::actions(const SessionData& d)
{
    QString out = csvLine({QStringLiteral("place"), QStringLiteral("cohort"), QStringLiteral("idea"),
                           QStringLiteral("action"), QStringLiteral("who"), QStringLiteral("by_when"),
                           QStringLiteral("measure")});
    for (const auto& p : d.places) {
        for (const auto& a : p.actions)
            out += csvLine({p.name, a.cohort, a.idea, a.action, a.who, a.byWhen, a.measure});
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool CsvWriter::write(const QByteArray& bytes, const QString& path, QString* error, const QStringList& inputs)
{
    return saveBytes(bytes, path, error, inputs);
}

} // namespace rt::slides

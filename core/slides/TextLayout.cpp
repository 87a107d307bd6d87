// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/TextLayout.h"

#include "slides/PackLanguage.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <cmath>

namespace rt::slides::text {

namespace {
/** Characters laid out at once: far more than any slide's line holds. */
constexpr qsizetype LayoutWindow = 4000;
} // namespace

QString clean(const QString& raw)
{
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        const char16_t u = c.unicode();
        if (u == u'\r') {
            out += QLatin1Char('\n');
            if (i + 1 < raw.size() && raw.at(i + 1) == QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (u < 0x20 && u != u'\t' && u != u'\n')
            continue;
        if (u == 0xFFFE || u == 0xFFFF)
            continue;
        if (c.isHighSurrogate()) {
            if (i + 1 < raw.size() && raw.at(i + 1).isLowSurrogate()) {
                out += c;
                out += raw.at(++i);
            }
            continue;
        }
        if (c.isLowSurrogate())
            continue;
        out += c;
    }
    return out;
}

QString rtlLanguage(const QString& t)
{
    bool arabic = false;
    for (const QChar c : t) {
        const char16_t u = c.unicode();
        if (u >= 0x0590 && u <= 0x05FF)
            return QStringLiteral("he-IL");
        // Letters Urdu uses and Arabic does not: ٹ ڈ ڑ ں ہ ھ ے
        if (u == 0x0679 || u == 0x0688 || u == 0x0691 || u == 0x06BA || u == 0x06C1 || u == 0x06BE
            || u == 0x06D2)
            return QStringLiteral("ur-PK");
        if ((u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F) || (u >= 0xFB50 && u <= 0xFEFF))
            arabic = true;
    }
    return arabic ? QStringLiteral("ar-SA") : QString();
}

Paragraph paragraph(const QString& raw, const QString& bullet, bool bold)
{
    Paragraph p;
    p.text = clean(raw);
    p.bullet = bullet;
    p.bold = bold;
    p.rtl = p.text.isRightToLeft();
    if (p.rtl)
        p.lang = rtlLanguage(p.text);
    // A pack in a right-to-left language reads right to left: its labels, numbers and every
    // paragraph in a right-to-left script. A paragraph that starts in a left-to-right script
    // (an English note) keeps its own direction, or its punctuation would land at the wrong end.
    const PackLanguage& pack = PackLanguage::current();
    if (pack.isRightToLeft()) {
        bool leftToRight = false;
        for (const QChar c : std::as_const(p.text)) {
            const QChar::Direction d = c.direction();
            if (d == QChar::DirL || d == QChar::DirR || d == QChar::DirAL) {
                leftToRight = d == QChar::DirL;
                break;
            }
        }
        if (!leftToRight) {
            // Arabic script without Urdu's own letters reads as Arabic to rtlLanguage(); in a pack
            // whose language is written in it (Urdu, Persian), the pack's language is the better guess.
            if (!p.rtl || p.lang.isEmpty() || (p.lang == QLatin1String("ar-SA") && pack.isArabicScript()))
                p.lang = pack.bcp47();
            p.rtl = true;
        }
    }
    return p;
}

QFont font(double pt, bool bold)
{
    QFont f(QStringLiteral("Liberation Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(int(std::lround(pt * UnitsPerPoint)));
    f.setBold(bold);
    // Unhinted advances scale linearly, so the preview, the PDF and the measurement agree.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

double lineHeight(double pt)
{
    return QFontMetricsF(font(pt)).lineSpacing();
}

double bulletIndent(double pt)
{
    return pt * UnitsPerPoint * 1.3;
}

double paragraphGap(double pt)
{
    return pt * UnitsPerPoint * 0.4;
}

double wrapWidth(double boxWidth, double inset)
{
    return (boxWidth - 2 * inset) * 0.94;
}

QList<Line> lines(const Paragraph& p, double width, double pt)
{
    QString t = p.text;
    t.replace(QLatin1Char('\n'), QChar::LineSeparator);
    if (t.isEmpty())
        return {Line {0, 0}};
    QTextLayout layout(t, font(pt, p.bold));
    QTextOption opt;
    opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    opt.setTextDirection(p.rtl ? Qt::RightToLeft : Qt::LeftToRight);
    layout.setTextOption(opt);
    const double w
        = std::max(20.0, width - (p.bullet.isEmpty() ? 0.0 : bulletIndent(pt)) - p.level * bulletIndent(pt));
    QList<Line> out;
    if (t.size() <= LayoutWindow) {
        layout.beginLayout();
        for (QTextLine l = layout.createLine(); l.isValid(); l = layout.createLine()) {
            l.setLineWidth(w);
            out.append({l.textStart(), l.textLength()});
        }
        layout.endLayout();
        return out;
    }
    // A long text is laid out a window at a time: QTextLayout takes time that grows faster than
    // the length of one unbroken word (a 200 KB "word" took 13 s). Each window's last line may be
    // cut short by the window's end, so the next window starts there; the lines before it break
    // where they would in one layout of the whole text.
    QTextOption windowOpt = opt;
    const QFont f = font(pt, p.bold);
    qsizetype pos = 0;
    while (pos < t.size()) {
        const qsizetype len = std::min<qsizetype>(LayoutWindow, t.size() - pos);
        const bool last = pos + len >= t.size();
        QTextLayout window(t.mid(pos, len), f);
        window.setTextOption(windowOpt);
        QList<Line> ls;
        window.beginLayout();
        for (QTextLine l = window.createLine(); l.isValid(); l = window.createLine()) {
            l.setLineWidth(w);
            ls.append({int(pos) + l.textStart(), l.textLength()});
        }
        window.endLayout();
        if (!last && ls.size() > 1) {
            pos = ls.takeLast().start;
        } else {
            pos += len;
        }
        out += ls;
    }
    return out;
}

double height(const Paragraph& p, double width, double pt)
{
    return double(lines(p, width, pt).size()) * lineHeight(pt);
}

double height(const QList<Paragraph>& ps, double width, double pt)
{
    double h = 0;
    for (int i = 0; i < ps.size(); ++i)
        h += height(ps[i], width, pt) + (i + 1 < ps.size() ? paragraphGap(pt) : 0.0);
    return h;
}

QList<QList<Paragraph>> flow(const QList<Paragraph>& paragraphs, double width, double pageHeight, double pt)
{
    QList<QList<Line>> all;
    all.reserve(paragraphs.size());
    for (const Paragraph& para : paragraphs)
        all.append(lines(para, width, pt));
    return flow(paragraphs, all, pageHeight, pt);
}

QList<QList<Paragraph>> flow(const QList<Paragraph>& paragraphs, const QList<QList<Line>>& allLines,
                             double pageHeight, double pt)
{
    const double lh = lineHeight(pt);
    const int linesPerPage = std::max(1, int(std::floor(pageHeight / lh)));
    QList<QList<Paragraph>> pages(1);
    double used = 0;
    for (qsizetype pi = 0; pi < paragraphs.size(); ++pi) {
        const Paragraph& para = paragraphs[pi];
        const double gap = pages.last().isEmpty() ? 0.0 : paragraphGap(pt);
        const QList<Line>& ls = allLines[pi];
        const double h = double(ls.size()) * lh;
        if (used + gap + h <= pageHeight) {
            pages.last().append(para);
            used += gap + h;
            continue;
        }
        // Does not fit in what is left: start a fresh page if that helps, else split by lines.
        if (!pages.last().isEmpty() && h <= pageHeight) {
            pages.append(QList<Paragraph>());
            pages.last().append(para);
            used = h;
            continue;
        }
        int first = 0;
        bool firstPiece = true;
        while (first < ls.size()) {
            int room = int(
                std::floor((pageHeight - used - (pages.last().isEmpty() ? 0.0 : paragraphGap(pt))) / lh));
            if (room <= 0) {
                pages.append(QList<Paragraph>());
                used = 0;
                room = linesPerPage;
            }
            const int n = std::min<int>(room, int(ls.size()) - first);
            Paragraph piece = para;
            const int start = ls[first].start;
            const int end = (first + n < ls.size()) ? ls[first + n].start : int(para.text.size());
            piece.text = para.text.mid(start, end - start);
            piece.continued = para.continued || !firstPiece;
            used += (pages.last().isEmpty() ? 0.0 : paragraphGap(pt)) + n * lh;
            pages.last().append(piece);
            first += n;
            firstPiece = false;
            if (first < ls.size()) {
                pages.append(QList<Paragraph>());
                used = 0;
            }
        }
    }
    return pages;
}

} // namespace rt::slides::text

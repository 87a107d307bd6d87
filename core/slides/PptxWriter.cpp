// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/OutputFile.h"
#include "slides/TextLayout.h"
#include "slides/Writers.h"

#include <QBuffer>
#include <QDateTime>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <cmath>
#include <zlib.h>

namespace rt::slides {

namespace {

constexpr qint64 EmuPerUnit = 6350; // 914400 EMU per inch / 144 units per inch

const QString NsA = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString NsR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString NsP = QStringLiteral("http://schemas.openxmlformats.org/presentationml/2006/main");
const QString NsRel = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString RelBase
    = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

QString L(const char* s)
{
    return QString::fromLatin1(s);
}

QString emu(double units)
{
    return QString::number(qint64(std::llround(units * EmuPerUnit)));
}

QString hex(const QColor& c)
{
    return c.name(QColor::HexRgb).mid(1).toUpper();
}

/** An XML part being written; every string passes text::clean() first. */
class Part
{
public:
    Part()
        : m_buffer(&m_bytes)
        , m_w(&m_buffer)
    {
        m_buffer.open(QIODevice::WriteOnly);
        m_w.writeStartDocument(L("1.0"), true);
    }
    QXmlStreamWriter& w() { return m_w; }
    void start(const char* name) { m_w.writeStartElement(L(name)); }
    void end() { m_w.writeEndElement(); }
    void attr(const char* name, const QString& v) { m_w.writeAttribute(L(name), text::clean(v)); }
    void attr(const char* name, const char* v) { m_w.writeAttribute(L(name), L(v)); }
    void empty(const char* name) { m_w.writeEmptyElement(L(name)); }
    void text(const char* name, const QString& t) { m_w.writeTextElement(L(name), text::clean(t)); }
    QByteArray finish(bool* ok)
    {
        m_w.writeEndDocument();
        if (m_w.hasError())
            *ok = false;
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QBuffer m_buffer;
    QXmlStreamWriter m_w;
};

void namespaces(Part& x)
{
    x.w().writeNamespace(NsA, L("a"));
    x.w().writeNamespace(NsR, L("r"));
    x.w().writeNamespace(NsP, L("p"));
}

void rels(Part& x, const QList<std::pair<QString, QString>>& list) // (type, target), ids rId1…
{
    x.w().writeStartElement(L("Relationships"));
    x.w().writeDefaultNamespace(NsRel);
    int id = 1;
    for (const auto& [type, target] : list) {
        x.empty("Relationship");
        x.attr("Id", QStringLiteral("rId%1").arg(id++));
        x.attr("Type", type.startsWith(L("http")) ? type : RelBase + type);
        x.attr("Target", target);
    }
    x.end();
}

void groupHeader(Part& x)
{
    x.start("p:nvGrpSpPr");
    x.empty("p:cNvPr");
    x.attr("id", "1");
    x.attr("name", "");
    x.empty("p:cNvGrpSpPr");
    x.empty("p:nvPr");
    x.end();
    x.start("p:grpSpPr");
    x.start("a:xfrm");
    for (const char* n : {"a:off", "a:ext", "a:chOff", "a:chExt"}) {
        x.empty(n);
        const bool ext = QByteArray(n).contains("Ext") || QByteArray(n).contains("ext");
        x.attr(ext ? "cx" : "x", "0");
        x.attr(ext ? "cy" : "y", "0");
    }
    x.end();
    x.end();
}

void solidFill(Part& x, const QColor& c)
{
    x.start("a:solidFill");
    x.empty("a:srgbClr");
    x.attr("val", hex(c));
    x.end();
}

void xfrm(Part& x, const char* name, const QRectF& r, double rotation = 0, bool flipH = false,
          bool flipV = false)
{
    x.start(name);
    if (rotation != 0)
        x.attr("rot", QString::number(qint64(std::llround(std::fmod(rotation + 360.0, 360.0) * 60000))));
    if (flipH)
        x.attr("flipH", "1");
    if (flipV)
        x.attr("flipV", "1");
    x.empty("a:off");
    x.attr("x", emu(r.left()));
    x.attr("y", emu(r.top()));
    x.empty("a:ext");
    x.attr("cx", emu(std::max(r.width(), 0.0)));
    x.attr("cy", emu(std::max(r.height(), 0.0)));
    x.end();
}

void runProps(Part& x, const char* name, const Paragraph& p, double pt, const QColor& color, bool bold,
              const QString& lang)
{
    x.start(name);
    x.attr("lang", p.lang.isEmpty() ? lang : p.lang);
    x.attr("sz", QString::number(qint64(std::llround(pt * 100))));
    if (bold || p.bold)
        x.attr("b", "1");
    x.attr("dirty", "0");
    solidFill(x, color);
    x.empty("a:latin");
    x.attr("typeface", "Arial");
    x.empty("a:cs");
    x.attr("typeface", "Arial");
    x.end();
}

void paragraphs(Part& x, const QList<Paragraph>& ps, double pt, const QColor& color, Qt::Alignment align,
                bool bold, const QString& lang)
{
    static const QRegularExpression number(QStringLiteral("^(\\d+)\\.$"));
    if (ps.isEmpty()) {
        x.start("a:p");
        x.empty("a:endParaRPr");
        x.attr("lang", lang);
        x.attr("sz", QString::number(qint64(std::llround(pt * 100))));
        x.end();
        return;
    }
    for (const Paragraph& p : ps) {
        x.start("a:p");
        x.start("a:pPr");
        const double level = p.level * text::bulletIndent(pt);
        const double ind = p.bullet.isEmpty() ? 0.0 : text::bulletIndent(pt);
        if (level + ind > 0)
            x.attr("marL", emu(level + ind));
        if (ind > 0 && !p.continued)
            x.attr("indent", emu(-ind));
        if (p.rtl)
            x.attr("algn", "r");
        else if (align & Qt::AlignHCenter)
            x.attr("algn", "ctr");
        else if (align & Qt::AlignRight)
            x.attr("algn", "r");
        else
            x.attr("algn", "l");
        // Always explicit: LibreOffice carries a right-to-left paragraph's direction over to the
        // next paragraph when it has no rtl attribute.
        x.attr("rtl", p.rtl ? "1" : "0");
        x.start("a:spcBef");
        x.empty("a:spcPts");
        x.attr("val", "0");
        x.end();
        x.start("a:spcAft");
        x.empty("a:spcPts");
        x.attr("val", QString::number(qint64(std::llround(text::paragraphGap(pt) / UnitsPerPoint * 100))));
        x.end();
        const auto m = number.match(p.bullet);
        if (p.bullet.isEmpty() || p.continued) {
            x.empty("a:buNone");
        } else if (m.hasMatch()) {
            x.empty("a:buFont");
            x.attr("typeface", "Arial");
            x.empty("a:buAutoNum");
            x.attr("type", "arabicPeriod");
            x.attr("startAt", m.captured(1));
        } else {
            x.empty("a:buFont");
            x.attr("typeface", "Arial");
            x.empty("a:buChar");
            x.attr("char", p.bullet);
        }
        x.end(); // pPr
        const QStringList lines = text::clean(p.text).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                x.start("a:br");
                runProps(x, "a:rPr", p, pt, color, bold, lang);
                x.end();
            }
            if (lines[i].isEmpty())
                continue;
            x.start("a:r");
            runProps(x, "a:rPr", p, pt, color, bold, lang);
            x.text("a:t", lines[i]);
            x.end();
        }
        runProps(x, "a:endParaRPr", p, pt, color, bold, lang);
        x.end(); // p
    }
}

void bodyPr(Part& x, double inset, Qt::Alignment align)
{
    x.start("a:bodyPr");
    x.attr("wrap", "square");
    for (const char* n : {"lIns", "tIns", "rIns", "bIns"})
        x.attr(n, emu(inset));
    x.attr("anchor", (align & Qt::AlignVCenter) ? "ctr" : (align & Qt::AlignBottom) ? "b" : "t");
    x.attr("rtlCol", "0");
    x.empty("a:noAutofit");
    x.end();
}

void nv(Part& x, const char* wrapper, const char* cNvX, int id, const QString& name,
        const QString& descr = {})
{
    x.start(wrapper);
    x.empty("p:cNvPr");
    x.attr("id", QString::number(id));
    x.attr("name", QStringLiteral("%1 %2").arg(name).arg(id));
    if (!descr.isEmpty())
        x.attr("descr", descr);
    x.empty(cNvX);
    x.empty("p:nvPr");
    x.end();
}

void shape(Part& x, const Element& e, int id, const QString& lang)
{
    const bool box = e.type == Element::Text;
    x.start("p:sp");
    x.start("p:nvSpPr");
    x.empty("p:cNvPr");
    x.attr("id", QString::number(id));
    x.attr("name", QStringLiteral("%1 %2").arg(e.name).arg(id));
    x.empty("p:cNvSpPr");
    if (box)
        x.attr("txBox", "1");
    x.empty("p:nvPr");
    x.end();
    x.start("p:spPr");
    xfrm(x, "a:xfrm", e.rect, e.rotation);
    x.start("a:prstGeom");
    x.attr("prst", "rect");
    x.empty("a:avLst");
    x.end();
    if (e.fill.isValid())
        solidFill(x, e.fill);
    else
        x.empty("a:noFill");
    x.start("a:ln");
    if (e.line.isValid()) {
        x.attr("w", emu(e.lineWidth));
        solidFill(x, e.line);
    } else {
        x.empty("a:noFill");
    }
    x.end();
    x.end(); // spPr
    if (!e.paragraphs.isEmpty() || box) {
        x.start("p:txBody");
        bodyPr(x, e.inset, e.align);
        x.empty("a:lstStyle");
        paragraphs(x, e.paragraphs, e.sizePt, e.color, e.align, false, lang);
        x.end();
    }
    x.end();
}

void line(Part& x, const Element& e, int id)
{
    x.start("p:cxnSp");
    nv(x, "p:nvCxnSpPr", "p:cNvCxnSpPr", id, e.name);
    x.start("p:spPr");
    const QPointF a = e.p1(), b = e.p2();
    xfrm(x, "a:xfrm", QRectF(a, b).normalized(), 0, b.x() < a.x(), b.y() < a.y());
    x.start("a:prstGeom");
    x.attr("prst", "line");
    x.empty("a:avLst");
    x.end();
    x.start("a:ln");
    x.attr("w", emu(e.lineWidth));
    solidFill(x, e.line);
    x.end();
    x.end();
    x.end();
}

void cellLine(Part& x, const char* name, const QColor& c)
{
    x.start(name);
    x.attr("w", emu(1.5));
    solidFill(x, c);
    x.end();
}

void table(Part& x, const Element& e, int id, const QString& lang)
{
    x.start("p:graphicFrame");
    x.start("p:nvGraphicFramePr");
    x.empty("p:cNvPr");
    x.attr("id", QString::number(id));
    x.attr("name", QStringLiteral("%1 %2").arg(e.name).arg(id));
    x.start("p:cNvGraphicFramePr");
    x.empty("a:graphicFrameLocks");
    x.attr("noGrp", "1");
    x.end();
    x.empty("p:nvPr");
    x.end();
    xfrm(x, "p:xfrm", e.rect);
    x.start("a:graphic");
    x.start("a:graphicData");
    x.attr("uri", "http://schemas.openxmlformats.org/drawingml/2006/table");
    x.start("a:tbl");
    x.empty("a:tblPr");
    x.attr("firstRow", "1");
    x.start("a:tblGrid");
    for (double w : e.columnWidths) {
        x.empty("a:gridCol");
        x.attr("w", emu(w));
    }
    x.end();
    for (int r = 0; r < e.cells.size(); ++r) {
        x.start("a:tr");
        x.attr("h", emu(r < e.rowHeights.size() ? e.rowHeights[r] : 40));
        for (int c = 0; c < e.columnWidths.size(); ++c) {
            const Cell cell = c < e.cells[r].size() ? e.cells[r][c] : Cell();
            x.start("a:tc");
            x.start("a:txBody");
            x.empty("a:bodyPr");
            x.empty("a:lstStyle");
            paragraphs(x, cell.paragraphs, e.sizePt, cell.color, Qt::AlignLeft, cell.bold, lang);
            x.end();
            x.start("a:tcPr");
            for (const char* m : {"marL", "marR", "marT", "marB"})
                x.attr(m, emu(e.inset));
            const QColor rule(0x9c, 0xa3, 0xaf);
            cellLine(x, "a:lnL", rule);
            cellLine(x, "a:lnR", rule);
            cellLine(x, "a:lnT", rule);
            cellLine(x, "a:lnB", rule);
            if (cell.fill.isValid())
                solidFill(x, cell.fill);
            else
                x.empty("a:noFill");
            x.end();
            x.end(); // tc
        }
        x.end(); // tr
    }
    x.end(); // tbl
    x.end();
    x.end();
    x.end();
}

void picture(Part& x, const Element& e, int id, int rel)
{
    x.start("p:pic");
    x.start("p:nvPicPr");
    x.empty("p:cNvPr");
    x.attr("id", QString::number(id));
    x.attr("name", QStringLiteral("%1 %2").arg(e.name).arg(id));
    x.attr("descr", e.altText);
    x.start("p:cNvPicPr");
    x.empty("a:picLocks");
    x.attr("noChangeAspect", "1");
    x.end();
    x.empty("p:nvPr");
    x.end();
    x.start("p:blipFill");
    x.empty("a:blip");
    x.w().writeAttribute(NsR, L("embed"), QStringLiteral("rId%1").arg(rel));
    x.start("a:stretch");
    x.empty("a:fillRect");
    x.end();
    x.end();
    x.start("p:spPr");
    xfrm(x, "a:xfrm", e.rect);
    x.start("a:prstGeom");
    x.attr("prst", "rect");
    x.empty("a:avLst");
    x.end();
    x.end();
    x.end();
}

QByteArray themeXml(bool* ok)
{
    Part x;
    x.w().writeStartElement(L("a:theme"));
    x.w().writeNamespace(NsA, L("a"));
    x.attr("name", "Roundtable");
    x.start("a:themeElements");
    x.start("a:clrScheme");
    x.attr("name", "Roundtable");
    const QList<std::pair<const char*, const char*>> colours = {
        {"a:dk1", "1F2937"},     {"a:lt1", "FFFFFF"},     {"a:dk2", "003D78"},     {"a:lt2", "E8F1FB"},
        {"a:accent1", "005EB8"}, {"a:accent2", "B48A00"}, {"a:accent3", "3A7D44"}, {"a:accent4", "A33B3B"},
        {"a:accent5", "4B5563"}, {"a:accent6", "7A4FA0"}, {"a:hlink", "005EB8"},   {"a:folHlink", "5B2C83"}};
    for (const auto& [n, v] : colours) {
        x.start(n);
        x.empty("a:srgbClr");
        x.attr("val", v);
        x.end();
    }
    x.end();
    x.start("a:fontScheme");
    x.attr("name", "Roundtable");
    for (const char* n : {"a:majorFont", "a:minorFont"}) {
        x.start(n);
        x.empty("a:latin");
        x.attr("typeface", "Arial");
        x.empty("a:ea");
        x.attr("typeface", "");
        x.empty("a:cs");
        x.attr("typeface", "Arial");
        x.end();
    }
    x.end();
    x.start("a:fmtScheme");
    x.attr("name", "Roundtable");
    const auto phFill = [&]() {
        x.start("a:solidFill");
        x.empty("a:schemeClr");
        x.attr("val", "phClr");
        x.end();
    };
    x.start("a:fillStyleLst");
    for (int i = 0; i < 3; ++i)
        phFill();
    x.end();
    x.start("a:lnStyleLst");
    for (const char* w : {"6350", "12700", "19050"}) {
        x.start("a:ln");
        x.attr("w", w);
        phFill();
        x.end();
    }
    x.end();
    x.start("a:effectStyleLst");
    for (int i = 0; i < 3; ++i) {
        x.start("a:effectStyle");
        x.empty("a:effectLst");
        x.end();
    }
    x.end();
    x.start("a:bgFillStyleLst");
    for (int i = 0; i < 3; ++i)
        phFill();
    x.end();
    x.end(); // fmtScheme
    x.end(); // themeElements
    x.end();
    return x.finish(ok);
}

QByteArray masterXml(bool* ok)
{
    Part x;
    x.w().writeStartElement(L("p:sldMaster"));
    namespaces(x);
    x.start("p:cSld");
    x.start("p:bg");
    x.start("p:bgRef");
    x.attr("idx", "1001");
    x.empty("a:schemeClr");
    x.attr("val", "bg1");
    x.end();
    x.end();
    x.start("p:spTree");
    groupHeader(x);
    x.end();
    x.end();
    x.empty("p:clrMap");
    for (const char* a : {"bg1", "tx1", "bg2", "tx2"}) {
        static const QHash<QString, QString> map
            = {{L("bg1"), L("lt1")}, {L("tx1"), L("dk1")}, {L("bg2"), L("lt2")}, {L("tx2"), L("dk2")}};
        x.attr(a, map.value(L(a)));
    }
    for (const char* a :
         {"accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"})
        x.attr(a, a);
    x.start("p:sldLayoutIdLst");
    x.empty("p:sldLayoutId");
    x.attr("id", "2147483649");
    x.w().writeAttribute(NsR, L("id"), L("rId1"));
    x.end();
    x.start("p:txStyles");
    for (const char* s : {"p:titleStyle", "p:bodyStyle", "p:otherStyle"}) {
        x.start(s);
        x.start("a:lvl1pPr");
        x.empty("a:defRPr");
        x.attr("sz", "1800");
        x.end();
        x.end();
    }
    x.end();
    x.end();
    return x.finish(ok);
}

QByteArray layoutXml(bool* ok)
{
    Part x;
    x.w().writeStartElement(L("p:sldLayout"));
    namespaces(x);
    x.attr("type", "blank");
    x.attr("preserve", "1");
    x.start("p:cSld");
    x.attr("name", "Blank");
    x.start("p:spTree");
    groupHeader(x);
    x.end();
    x.end();
    x.start("p:clrMapOvr");
    x.empty("a:masterClrMapping");
    x.end();
    x.end();
    return x.finish(ok);
}

struct ZipOut
{
    QuaZip* zip;
    bool ok = true;
    void add(const QString& name, const QByteArray& data, bool deflate = true)
    {
        if (!ok)
            return;
        QuaZipFile f(zip);
        QuaZipNewInfo info(name);
        info.dateTime = QDateTime::currentDateTime();
        if (!f.open(QIODevice::WriteOnly, info, nullptr, 0, deflate ? Z_DEFLATED : 0, deflate ? 6 : 0)) {
            ok = false;
            return;
        }
        ok = f.write(data) == data.size();
        f.close();
        ok = ok && f.getZipError() == UNZ_OK;
    }
};

const QString NsC = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/chart");
const QString NsS = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");

/** A chart on a slide: a graphic frame that points at the chart part. */
void chartFrame(Part& x, const Element& e, int id, int rel)
{
    x.start("p:graphicFrame");
    x.start("p:nvGraphicFramePr");
    x.empty("p:cNvPr");
    x.attr("id", QString::number(id));
    x.attr("name", QStringLiteral("%1 %2").arg(e.name).arg(id));
    x.attr("descr", e.altText);
    x.empty("p:cNvGraphicFramePr");
    x.empty("p:nvPr");
    x.end();
    xfrm(x, "p:xfrm", e.rect);
    x.start("a:graphic");
    x.start("a:graphicData");
    x.attr("uri", "http://schemas.openxmlformats.org/drawingml/2006/chart");
    x.w().writeStartElement(NsC, L("chart"));
    x.w().writeNamespace(NsC, L("c"));
    x.w().writeAttribute(NsR, L("id"), QStringLiteral("rId%1").arg(rel));
    x.end();
    x.end();
    x.end();
    x.end();
}

/** Text properties of a chart part's text at @p pt. */
void chartText(Part& x, double pt, const QString& lang)
{
    x.start("c:txPr");
    x.empty("a:bodyPr");
    x.empty("a:lstStyle");
    x.start("a:p");
    x.start("a:pPr");
    x.start("a:defRPr");
    x.attr("sz", QString::number(qint64(std::llround(pt * 100))));
    x.start("a:solidFill");
    x.empty("a:srgbClr");
    x.attr("val", L("1F2937"));
    x.end();
    x.start("a:latin");
    x.attr("typeface", "Liberation Sans");
    x.end();
    x.end();
    x.end();
    x.empty("a:endParaRPr");
    x.attr("lang", lang);
    x.end();
    x.end();
}

/** The chart part: horizontal bars, its numbers cached (what PowerPoint and LibreOffice draw)
 *  and taken from the embedded workbook's Sheet1 (what "Edit Data" opens). */
QByteArray chartXml(const ChartData& c, double pt, const QString& lang, bool* ok)
{
    const int n = int(std::min(c.labels.size(), c.values.size()));
    Part x;
    x.w().writeStartElement(L("c:chartSpace"));
    x.w().writeNamespace(NsC, L("c"));
    x.w().writeNamespace(NsA, L("a"));
    x.w().writeNamespace(NsR, L("r"));
    x.empty("c:date1904");
    x.attr("val", "0");
    x.empty("c:roundedCorners");
    x.attr("val", "0");
    x.start("c:chart");
    x.start("c:title");
    x.start("c:tx");
    x.start("c:rich");
    x.empty("a:bodyPr");
    x.empty("a:lstStyle");
    x.start("a:p");
    x.start("a:pPr");
    x.empty("a:defRPr");
    x.attr("sz", QString::number(qint64(std::llround(pt * 100))));
    x.attr("b", "0");
    x.end();
    x.start("a:r");
    x.empty("a:rPr");
    x.attr("lang", lang);
    x.attr("sz", QString::number(qint64(std::llround(pt * 100))));
    x.attr("b", "0");
    x.text("a:t", c.caption);
    x.end();
    x.end();
    x.end();
    x.end();
    x.empty("c:overlay");
    x.attr("val", "0");
    x.end(); // title
    x.empty("c:autoTitleDeleted");
    x.attr("val", "0");
    x.start("c:plotArea");
    x.empty("c:layout");
    x.start("c:barChart");
    x.empty("c:barDir");
    x.attr("val", "bar");
    x.empty("c:grouping");
    x.attr("val", "clustered");
    x.empty("c:varyColors");
    x.attr("val", "0");
    x.start("c:ser");
    x.empty("c:idx");
    x.attr("val", "0");
    x.empty("c:order");
    x.attr("val", "0");
    x.start("c:tx");
    x.start("c:strRef");
    x.text("c:f", L("Sheet1!$B$1"));
    x.start("c:strCache");
    x.empty("c:ptCount");
    x.attr("val", "1");
    x.start("c:pt");
    x.attr("idx", "0");
    x.text("c:v", c.title);
    x.end();
    x.end();
    x.end();
    x.end();
    x.start("c:spPr");
    x.start("a:solidFill");
    x.empty("a:srgbClr");
    x.attr("val", L("005EB8"));
    x.end();
    x.end();
    x.empty("c:invertIfNegative");
    x.attr("val", "0");
    x.start("c:dLbls");
    x.empty("c:numFmt");
    x.attr("formatCode", "General");
    x.attr("sourceLinked", "0");
    x.start("c:spPr");
    x.empty("a:noFill");
    x.start("a:ln");
    x.empty("a:noFill");
    x.end();
    x.end();
    chartText(x, pt, lang);
    x.empty("c:dLblPos");
    x.attr("val", "outEnd");
    for (const char* flag : {"c:showLegendKey", "c:showVal", "c:showCatName", "c:showSerName",
                             "c:showPercent", "c:showBubbleSize"}) {
        x.empty(flag);
        x.attr("val", qstrcmp(flag, "c:showVal") == 0 ? "1" : "0");
    }
    x.end(); // dLbls
    x.start("c:cat");
    x.start("c:strRef");
    x.text("c:f", QStringLiteral("Sheet1!$A$2:$A$%1").arg(n + 1));
    x.start("c:strCache");
    x.empty("c:ptCount");
    x.attr("val", QString::number(n));
    for (int i = 0; i < n; ++i) {
        x.start("c:pt");
        x.attr("idx", QString::number(i));
        x.text("c:v", c.labels[i]);
        x.end();
    }
    x.end();
    x.end();
    x.end(); // cat
    x.start("c:val");
    x.start("c:numRef");
    x.text("c:f", QStringLiteral("Sheet1!$B$2:$B$%1").arg(n + 1));
    x.start("c:numCache");
    x.text("c:formatCode", L("General"));
    x.empty("c:ptCount");
    x.attr("val", QString::number(n));
    for (int i = 0; i < n; ++i) {
        x.start("c:pt");
        x.attr("idx", QString::number(i));
        x.text("c:v", QString::number(c.values[i], 'g', 12));
        x.end();
    }
    x.end();
    x.end();
    x.end(); // val
    x.end(); // ser
    x.empty("c:gapWidth");
    x.attr("val", "60");
    x.empty("c:axId");
    x.attr("val", "1001");
    x.empty("c:axId");
    x.attr("val", "1002");
    x.end(); // barChart
    const auto axis = [&](bool category) {
        x.start(category ? "c:catAx" : "c:valAx");
        x.empty("c:axId");
        x.attr("val", category ? "1001" : "1002");
        x.start("c:scaling");
        x.empty("c:orientation");
        x.attr("val", category ? "maxMin" : "minMax"); // the first option on top, as on the Polls page
        x.end();
        x.empty("c:delete");
        x.attr("val", "0");
        x.empty("c:axPos");
        x.attr("val", category ? "l" : "b");
        if (!category)
            x.empty("c:majorGridlines");
        x.empty("c:numFmt");
        x.attr("formatCode", "General");
        x.attr("sourceLinked", "0");
        x.empty("c:majorTickMark");
        x.attr("val", "none");
        x.empty("c:minorTickMark");
        x.attr("val", "none");
        x.empty("c:tickLblPos");
        x.attr("val", "nextTo");
        chartText(x, pt, lang);
        x.empty("c:crossAx");
        x.attr("val", category ? "1002" : "1001");
        x.empty("c:crosses");
        x.attr("val", category ? "autoZero" : "max");
        if (category) {
            x.empty("c:auto");
            x.attr("val", "1");
            x.empty("c:lblAlgn");
            x.attr("val", "ctr");
            x.empty("c:lblOffset");
            x.attr("val", "100");
            x.empty("c:noMultiLvlLbl");
            x.attr("val", "0");
        } else {
            x.empty("c:crossBetween");
            x.attr("val", "between");
        }
        x.end();
    };
    axis(true);
    axis(false);
    x.end(); // plotArea
    x.empty("c:plotVisOnly");
    x.attr("val", "1");
    x.empty("c:dispBlanksAs");
    x.attr("val", "gap");
    x.end(); // chart
    chartText(x, pt, lang);
    x.start("c:externalData");
    x.w().writeAttribute(NsR, L("id"), L("rId1"));
    x.empty("c:autoUpdate");
    x.attr("val", "0");
    x.end();
    x.end();
    return x.finish(ok);
}

/** The chart's numbers as a one-sheet workbook (labels in A, values in B, the series name in B1). */
QByteArray chartWorkbook(const ChartData& c, bool* ok)
{
    const int n = int(std::min(c.labels.size(), c.values.size()));
    QList<std::pair<QString, QByteArray>> parts;
    {
        Part x;
        x.w().writeStartElement(L("Types"));
        x.w().writeDefaultNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        x.empty("Default");
        x.attr("Extension", "rels");
        x.attr("ContentType", "application/vnd.openxmlformats-package.relationships+xml");
        x.empty("Default");
        x.attr("Extension", "xml");
        x.attr("ContentType", "application/xml");
        x.empty("Override");
        x.attr("PartName", "/xl/workbook.xml");
        x.attr("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        x.empty("Override");
        x.attr("PartName", "/xl/worksheets/sheet1.xml");
        x.attr("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        x.end();
        parts.append({L("[Content_Types].xml"), x.finish(ok)});
    }
    {
        Part x;
        rels(x, {{L("officeDocument"), L("xl/workbook.xml")}});
        parts.append({L("_rels/.rels"), x.finish(ok)});
    }
    {
        Part x;
        x.w().writeStartElement(L("workbook"));
        x.w().writeDefaultNamespace(NsS);
        x.w().writeNamespace(NsR, L("r"));
        x.start("sheets");
        x.empty("sheet");
        x.attr("name", "Sheet1");
        x.attr("sheetId", "1");
        x.w().writeAttribute(NsR, L("id"), L("rId1"));
        x.end();
        x.end();
        parts.append({L("xl/workbook.xml"), x.finish(ok)});
    }
    {
        Part x;
        rels(x, {{L("worksheet"), L("worksheets/sheet1.xml")}});
        parts.append({L("xl/_rels/workbook.xml.rels"), x.finish(ok)});
    }
    {
        Part x;
        x.w().writeStartElement(L("worksheet"));
        x.w().writeDefaultNamespace(NsS);
        x.start("sheetData");
        const auto textCell = [&](const QString& ref, const QString& t) {
            x.start("c");
            x.attr("r", ref);
            x.attr("t", "inlineStr");
            x.start("is");
            x.text("t", t);
            x.end();
            x.end();
        };
        x.start("row");
        x.attr("r", "1");
        textCell(L("B1"), c.title);
        x.end();
        for (int i = 0; i < n; ++i) {
            x.start("row");
            x.attr("r", QString::number(i + 2));
            textCell(QStringLiteral("A%1").arg(i + 2), c.labels[i]);
            x.start("c");
            x.attr("r", QStringLiteral("B%1").arg(i + 2));
            x.text("v", QString::number(c.values[i], 'g', 12));
            x.end();
            x.end();
        }
        x.end();
        x.end();
        parts.append({L("xl/worksheets/sheet1.xml"), x.finish(ok)});
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        *ok = false;
        return {};
    }
    ZipOut out {&zip};
    for (const auto& [name, data] : parts)
        out.add(name, data);
    zip.close();
    *ok = *ok && out.ok && zip.getZipError() == UNZ_OK;
    return bytes;
}

} // namespace

bool PptxWriter::write(const Deck& deck, const QString& path, const ExportControl& control, QString* error,
                       const QStringList& inputs)
{
    // Refuse before the slides are built: a session or an input is never worth the work.
    if (const QString refusal = files::checkTarget(path, inputs); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    const int n = int(deck.slides.size());
    bool ok = true;
    const QString lang = deck.language == QLatin1String("en") ? QStringLiteral("en-GB") : deck.language;
    QList<QByteArray> slides, slideRels;
    QList<QByteArray> media, charts, workbooks;
    for (int i = 0; i < n; ++i) {
        if (control.cancelled()) {
            *error = tr("Export cancelled.");
            return false;
        }
        const Slide& s = deck.slides[i];
        QList<std::pair<QString, QString>> rel = {{L("slideLayout"), L("../slideLayouts/slideLayout1.xml")}};
        Part x;
        x.w().writeStartElement(L("p:sld"));
        namespaces(x);
        x.start("p:cSld");
        x.attr("name", s.title);
        x.start("p:spTree");
        groupHeader(x);
        int id = 2;
        for (const Element& e : s.elements) {
            switch (e.type) {
            case Element::Text:
            case Element::Shape:
                shape(x, e, id++, lang);
                break;
            case Element::Line:
                line(x, e, id++);
                break;
            case Element::Table:
                table(x, e, id++, lang);
                break;
            case Element::Chart: {
                // A real chart part, editable in PowerPoint and LibreOffice, with its workbook.
                charts << chartXml(e.chart, e.sizePt, lang, &ok);
                workbooks << chartWorkbook(e.chart, &ok);
                rel.append({L("chart"), QStringLiteral("../charts/chart%1.xml").arg(charts.size())});
                chartFrame(x, e, id++, int(rel.size()));
                break;
            }
            case Element::Image: {
                // ~2x a 96 dpi display: 4/3 px per slide unit.
                const QImage& img = e.image;
                QByteArray png;
                QBuffer buf(&png);
                buf.open(QIODevice::WriteOnly);
                img.save(&buf, "PNG", 80); // lighter compression: flat-colour charts encode much faster
                media << png;
                rel.append({L("image"), QStringLiteral("../media/image%1.png").arg(media.size())});
                picture(x, e, id++, int(rel.size()));
                break;
            }
            }
        }
        x.end(); // spTree
        x.end(); // cSld
        x.start("p:clrMapOvr");
        x.empty("a:masterClrMapping");
        x.end();
        x.end();
        slides << x.finish(&ok);
        Part r;
        rels(r, rel);
        slideRels << r.finish(&ok);
        control.report(i + 1, n + 1);
    }

    QList<std::pair<QString, QByteArray>> parts;
    {
        Part x;
        x.w().writeStartElement(L("Types"));
        x.w().writeDefaultNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        const auto def = [&](const char* ext, const char* type) {
            x.empty("Default");
            x.attr("Extension", ext);
            x.attr("ContentType", type);
        };
        def("rels", "application/vnd.openxmlformats-package.relationships+xml");
        def("xml", "application/xml");
        if (!media.isEmpty())
            def("png", "image/png");
        if (!workbooks.isEmpty())
            def("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        const auto over = [&](const QString& part, const char* type) {
            x.empty("Override");
            x.attr("PartName", part);
            x.attr("ContentType", QStringLiteral("application/vnd.openxmlformats-") + L(type));
        };
        over(L("/ppt/presentation.xml"), "officedocument.presentationml.presentation.main+xml");
        over(L("/ppt/slideMasters/slideMaster1.xml"), "officedocument.presentationml.slideMaster+xml");
        over(L("/ppt/slideLayouts/slideLayout1.xml"), "officedocument.presentationml.slideLayout+xml");
        over(L("/ppt/theme/theme1.xml"), "officedocument.theme+xml");
        over(L("/ppt/presProps.xml"), "officedocument.presentationml.presProps+xml");
        over(L("/ppt/tableStyles.xml"), "officedocument.presentationml.tableStyles+xml");
        for (int i = 1; i <= n; ++i)
            over(QStringLiteral("/ppt/slides/slide%1.xml").arg(i), "officedocument.presentationml.slide+xml");
        for (int i = 1; i <= charts.size(); ++i)
            over(QStringLiteral("/ppt/charts/chart%1.xml").arg(i), "officedocument.drawingml.chart+xml");
        over(L("/docProps/core.xml"), "package.core-properties+xml");
        over(L("/docProps/app.xml"), "officedocument.extended-properties+xml");
        x.end();
        parts.append({L("[Content_Types].xml"), x.finish(&ok)});
    }
    {
        Part x;
        rels(x,
             {{L("officeDocument"), L("ppt/presentation.xml")},
              {L("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
               L("docProps/core.xml")},
              {L("extended-properties"), L("docProps/app.xml")}});
        parts.append({L("_rels/.rels"), x.finish(&ok)});
    }
    {
        Part x;
        x.w().writeStartElement(L("cp:coreProperties"));
        x.w().writeNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            L("cp"));
        x.w().writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), L("dc"));
        x.w().writeNamespace(QStringLiteral("http://purl.org/dc/terms/"), L("dcterms"));
        x.w().writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), L("xsi"));
        x.text("dc:title", deck.title);
        x.text("dc:creator", L("Roundtable"));
        x.text("dc:language", lang);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (const char* t : {"dcterms:created", "dcterms:modified"}) {
            x.start(t);
            x.attr("xsi:type", "dcterms:W3CDTF");
            x.w().writeCharacters(now);
            x.end();
        }
        x.end();
        parts.append({L("docProps/core.xml"), x.finish(&ok)});
    }
    {
        Part x;
        x.w().writeStartElement(L("Properties"));
        x.w().writeDefaultNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
        x.text("Application", L("Roundtable"));
        x.text("Slides", QString::number(n));
        x.end();
        parts.append({L("docProps/app.xml"), x.finish(&ok)});
    }
    {
        Part x;
        x.w().writeStartElement(L("p:presentation"));
        namespaces(x);
        x.start("p:sldMasterIdLst");
        x.empty("p:sldMasterId");
        x.attr("id", "2147483648");
        x.w().writeAttribute(NsR, L("id"), L("rId1"));
        x.end();
        x.start("p:sldIdLst");
        for (int i = 0; i < n; ++i) {
            x.empty("p:sldId");
            x.attr("id", QString::number(256 + i));
            x.w().writeAttribute(NsR, L("id"), QStringLiteral("rId%1").arg(i + 2));
        }
        x.end();
        x.empty("p:sldSz");
        x.attr("cx", emu(SlideWidth));
        x.attr("cy", emu(SlideHeight));
        x.empty("p:notesSz");
        x.attr("cx", "6858000");
        x.attr("cy", "9144000");
        x.end();
        parts.append({L("ppt/presentation.xml"), x.finish(&ok)});
        Part r;
        QList<std::pair<QString, QString>> list = {{L("slideMaster"), L("slideMasters/slideMaster1.xml")}};
        for (int i = 1; i <= n; ++i)
            list.append({L("slide"), QStringLiteral("slides/slide%1.xml").arg(i)});
        list.append({L("presProps"), L("presProps.xml")});
        list.append({L("theme"), L("theme/theme1.xml")});
        list.append({L("tableStyles"), L("tableStyles.xml")});
        rels(r, list);
        parts.append({L("ppt/_rels/presentation.xml.rels"), r.finish(&ok)});
    }
    {
        Part x;
        x.w().writeStartElement(L("p:presentationPr"));
        namespaces(x);
        x.end();
        parts.append({L("ppt/presProps.xml"), x.finish(&ok)});
        Part t;
        t.w().writeStartElement(L("a:tblStyleLst"));
        t.w().writeNamespace(NsA, L("a"));
        t.attr("def", "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}");
        t.end();
        parts.append({L("ppt/tableStyles.xml"), t.finish(&ok)});
    }
    parts.append({L("ppt/slideMasters/slideMaster1.xml"), masterXml(&ok)});
    {
        Part r;
        rels(r,
             {{L("slideLayout"), L("../slideLayouts/slideLayout1.xml")},
              {L("theme"), L("../theme/theme1.xml")}});
        parts.append({L("ppt/slideMasters/_rels/slideMaster1.xml.rels"), r.finish(&ok)});
    }
    parts.append({L("ppt/slideLayouts/slideLayout1.xml"), layoutXml(&ok)});
    {
        Part r;
        rels(r, {{L("slideMaster"), L("../slideMasters/slideMaster1.xml")}});
        parts.append({L("ppt/slideLayouts/_rels/slideLayout1.xml.rels"), r.finish(&ok)});
    }
    parts.append({L("ppt/theme/theme1.xml"), themeXml(&ok)});
    for (int i = 0; i < n; ++i) {
        parts.append({QStringLiteral("ppt/slides/slide%1.xml").arg(i + 1), slides[i]});
        parts.append({QStringLiteral("ppt/slides/_rels/slide%1.xml.rels").arg(i + 1), slideRels[i]});
    }
    for (int i = 0; i < charts.size(); ++i) {
        parts.append({QStringLiteral("ppt/charts/chart%1.xml").arg(i + 1), charts[i]});
        Part r;
        rels(r,
             {{L("package"), QStringLiteral("../embeddings/Microsoft_Excel_Worksheet%1.xlsx").arg(i + 1)}});
        parts.append({QStringLiteral("ppt/charts/_rels/chart%1.xml.rels").arg(i + 1), r.finish(&ok)});
    }
    if (!ok) {
        *error = tr("Cannot write %1: the slide text could not be encoded as XML").arg(path);
        return false;
    }

    files::SafeOutput file(path, inputs);
    if (!file.open()) {
        *error = file.errorString();
        return false;
    }
    QuaZip zip(file.device());
    zip.setDataDescriptorWritingEnabled(false);
    zip.setAutoClose(false); // we commit the SafeOutput ourselves, or cancel it
    if (!zip.open(QuaZip::mdCreate)) {
        file.fail(files::writeFailure(path));
        *error = file.errorString();
        file.cancel();
        return false;
    }
    ZipOut out {&zip};
    for (const auto& [name, data] : parts)
        out.add(name, data);
    for (int i = 0; i < media.size(); ++i)
        out.add(QStringLiteral("ppt/media/image%1.png").arg(i + 1), media[i], false);
    for (int i = 0; i < workbooks.size(); ++i)
        out.add(QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet%1.xlsx").arg(i + 1), workbooks[i],
                false);
    zip.close();
    if (control.cancelled()) {
        file.cancel();
        *error = tr("Export cancelled.");
        return false;
    }
    if (!out.ok || zip.getZipError() != UNZ_OK)
        file.fail(files::writeFailure(path)); // keeps the device's own reason when it has one
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    control.report(n + 1, n + 1);
    return true;
}

} // namespace rt::slides

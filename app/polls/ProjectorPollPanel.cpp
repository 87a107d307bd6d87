// SPDX-License-Identifier: GPL-3.0-or-later
#include "polls/ProjectorPollPanel.h"

#include "polls/PollData.h"
#include "polls/QrCode.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QLabel>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace rt::polls {

/** Horizontal bars with their labels and counts, painted large in white on the dark panel. */
class ResultBars : public QWidget
{
public:
    explicit ResultBars(QWidget* parent)
        : QWidget(parent)
    { }

    void setBars(const QStringList& labels, const QList<double>& values)
    {
        m_labels = labels;
        m_values = values;
        update();
    }
    QString text() const
    {
        QStringList lines;
        for (int i = 0; i < m_labels.size(); ++i)
            lines << QStringLiteral("%1: %2").arg(m_labels.at(i)).arg(m_values.value(i));
        return lines.join(QLatin1Char('\n'));
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        if (m_labels.isEmpty())
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setLayoutDirection(layoutDirection()); // the widget's, not only the application's
        // Each option: its label, wrapped whole (never cut: the back row reads every word), over
        // its bar. The largest text from 36 px down to 12 px at which every option fits.
        const int px = labelPixels();
        QList<int> labelH;
        fits(px, &labelH);
        QFont f = font();
        f.setPixelSize(px);
        p.setFont(f);
        const QFontMetrics fm(f);
        double most = 0;
        for (double v : m_values)
            most = std::max(most, v);
        const int countW = fm.horizontalAdvance(QString::number(most)) + px / 2;
        const double barH = px * 1.1;
        // Bars grow from the start of the line: from the right in a right-to-left window, their
        // counts just past their ends (drawn left to right they ran off the panel's edge).
        const auto visual = [this](const QRectF& r) {
            return isRightToLeft() ? QRectF(width() - r.right(), r.top(), r.width(), r.height()) : r;
        };
        double top = 0;
        for (int i = 0; i < m_labels.size(); ++i) {
            p.setPen(QColor(0xe5, 0xe7, 0xeb));
            p.drawText(QRectF(0, top, width(), labelH.value(i)), Qt::AlignLeft | Qt::TextWordWrap,
                       m_labels.at(i));
            const double barTop = top + labelH.value(i) + 2;
            const double full = std::max(0.0, double(width() - countW));
            const double v = m_values.value(i);
            const double w = most > 0 ? full * v / most : 0;
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x1f, 0x29, 0x37));
            p.drawRect(visual(QRectF(0, barTop, full, barH)));
            p.setBrush(QColor(0xf5, 0xb7, 0x00));
            p.drawRect(visual(QRectF(0, barTop, w, barH)));
            p.setPen(Qt::white);
            // AlignLeft reads as "at the start": the painter turns it to the right right to left.
            p.drawText(visual(QRectF(w + px / 4.0, barTop, countW, barH)), Qt::AlignLeft | Qt::AlignVCenter,
                       QString::number(v));
            top = barTop + barH + px * 0.5;
        }
    }

public:
    /** Whether every label, wrapped at @p px, and its bar fit the panel; the labels' heights. */
    bool fits(int px, QList<int>* labelH = nullptr) const
    {
        QFont f = font();
        f.setPixelSize(px);
        const QFontMetrics fm(f);
        QList<int> heights;
        double total = 0;
        for (const QString& label : m_labels) {
            heights << fm.boundingRect(QRect(0, 0, std::max(1, width()), 100000), Qt::TextWordWrap, label)
                           .height();
            total += heights.last() + 2 + px * 1.1 + px * 0.5;
        }
        if (labelH)
            *labelH = heights;
        return total <= height();
    }
    /** The size the labels are drawn at, in pixels. */
    int labelPixels() const
    {
        int px = 36;
        while (px > 12 && !fits(px))
            px -= 2;
        return px;
    }

private:
    QStringList m_labels;
    QList<double> m_values;
};

ProjectorPollPanel::ProjectorPollPanel(Document* document, qint64 pollId, const QUrl& url, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_poll(pollId)
    , m_url(url)
    , m_state(new QLabel(this))
    , m_question(new QLabel(this))
    , m_qr(new QLabel(this))
    , m_address(new QLabel(this))
    , m_bars(new ResultBars(this))
    , m_total(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("projectorPoll"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("QWidget#projectorPoll { background: #111827; border-radius: 12px; }"
                                 "QLabel { color: #ffffff; } QLabel#pollState, QLabel#pollTotal,"
                                 " QLabel#pollAddress { color: #b8c2cc; }"));
    m_state->setObjectName(QStringLiteral("pollState"));
    m_total->setObjectName(QStringLiteral("pollTotal"));
    m_address->setObjectName(QStringLiteral("pollAddress"));
    m_bars->setObjectName(QStringLiteral("pollBars"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    m_address->setTextFormat(Qt::PlainText);
    m_address->setWordWrap(true);
    m_address->setAlignment(Qt::AlignCenter);
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setAccessibleName(tr("QR code of the voting address"));
    m_total->setWordWrap(true);
    // The projector gives this panel a width; its height is whatever the screen has. Nothing in
    // it may push the projector's layout past the screen: the code and the bars shrink instead.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_qr->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_address->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_bars->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addWidget(m_state);
    layout->addWidget(m_question);
    layout->addWidget(m_qr);
    layout->addWidget(m_address);
    layout->addWidget(m_bars, 1);
    layout->addWidget(m_total);

    if (!url.isEmpty()) {
        const QString text = url.toString(QUrl::FullyEncoded);
        m_qrImage = qrCodeImage(text, 1);
        // Break points (zero-width spaces) let the long token wrap in the narrow panel.
        QString shown;
        for (int i = 0; i < text.size(); ++i) {
            shown += text.at(i);
            if (text.at(i) == QLatin1Char('/') || (i > 0 && i % 12 == 0))
                shown += QChar(0x200B);
        }
        m_address->setText(shown);
    }
    m_qr->setVisible(!m_qrImage.isNull());
    m_address->setVisible(!m_qrImage.isNull());

    // Phones vote in bursts: redraw at most every 200 ms, well within a second of each vote.
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &ProjectorPollPanel::refresh);
    if (Store* store = document ? document->store() : nullptr) {
        connect(store, &Store::rowsChanged, this, [this](Kind kind) {
            if (kind == Kind::Vote || kind == Kind::PollOption || kind == Kind::Poll)
                m_timer->start();
        });
        connect(store, &Store::rowUpdated, this, [this](Kind kind, qint64 id) {
            if ((kind == Kind::Poll && id == m_poll) || kind == Kind::PollOption || kind == Kind::Vote)
                m_timer->start();
        });
        connect(store, &Store::reset, this, &ProjectorPollPanel::refresh);
    }
    refresh();
    applySizes();
}

QString ProjectorPollPanel::questionText() const
{
    return m_question->text();
}

QString ProjectorPollPanel::urlText() const
{
    if (m_address->isHidden())
        return {};
    QString shown = m_address->text();
    return shown.remove(QChar(0x200B));
}

QString ProjectorPollPanel::resultsText() const
{
    const QString bars = m_bars->text();
    return bars.isEmpty() ? m_total->text() : bars + QLatin1Char('\n') + m_total->text();
}

int ProjectorPollPanel::questionPixelSize() const
{
    return m_question->font().pixelSize();
}

bool ProjectorPollPanel::optionsFitWhole() const
{
    return m_bars->fits(m_bars->labelPixels());
}

int ProjectorPollPanel::optionPixelSize() const
{
    return m_bars->labelPixels();
}

void ProjectorPollPanel::refresh()
{
    Store* store = m_document ? m_document->store() : nullptr;
    const PollInfo poll = store ? loadPoll(store, m_poll) : PollInfo();
    if (!poll.isValid()) {
        m_question->clear();
        m_bars->setBars({}, {});
        m_total->clear();
        return;
    }
    const bool open = poll.state == QLatin1String("open");
    if (open)
        m_state->setText(m_qrImage.isNull() ? tr("VOTE NOW") : tr("VOTE NOW — scan the code"));
    else
        m_state->setText(poll.state == QLatin1String("closed") ? tr("FINAL RESULTS") : tr("NOT OPEN YET"));
    m_question->setText(poll.question);
    const vote::Results results = countVotes(store, poll);
    const charts::PollChartData data = chartData(poll, results);
    using Shape = charts::PollChartData::Shape;
    QStringList labels;
    QList<double> values;
    if (data.shape == Shape::Words) {
        // The most frequent words, as bars: a cloud would be unreadable from the back at this size.
        for (int i = 0; i < data.words.size() && i < 6; ++i) {
            labels << data.words.at(i).first;
            values << data.words.at(i).second;
        }
    } else if (data.shape != Shape::List) {
        labels = data.labels;
        values = data.values;
    }
    // Long option names take more of the projector's width (ProjectorView reads the share).
    qsizetype longest = 0;
    for (const QString& l : std::as_const(labels))
        longest = std::max(longest, l.size());
    setProperty("projectorShare", longest > 30 ? 0.42 : 0.30);
    QString total = tr("%n vote(s)", nullptr, results.ballots);
    if (!roomSeesResults(poll)) {
        // Revealed when voting closes: the room sees that votes arrive, not how they fall.
        labels.clear();
        values.clear();
        total += QLatin1Char('\n') + tr("Results when voting closes");
    } else {
        if (data.shape == Shape::List && !data.answers.isEmpty())
            total = tr("%n answer(s); the latest: “%1”", nullptr, results.ballots).arg(data.answers.last());
        if (results.hidden > 0)
            total += QLatin1Char('\n') + hiddenNote(results.hidden);
    }
    m_bars->setBars(labels, values);
    m_total->setText(total);
    applySizes();
}

void ProjectorPollPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applySizes();
}

void ProjectorPollPanel::applySizes()
{
    // As the projector view: sizes follow the height (at 800 px the question is 36 px).
    const int h = std::max(height(), 240);
    auto sized = [](QLabel* label, int px, bool bold) {
        QFont f = label->font();
        f.setPixelSize(px);
        f.setBold(bold);
        label->setFont(f);
    };
    sized(m_state, std::max(12, h * 26 / 1000), true);
    sized(m_question, std::max(18, h * 45 / 1000), true);
    sized(m_address, std::max(11, h * 20 / 1000), false);
    sized(m_total, std::max(13, h * 28 / 1000), false);
    QFont barsFont = m_bars->font();
    barsFont.setPixelSize(std::max(14, h * 30 / 1000));
    m_bars->setFont(barsFont);
    const int margin = std::max(10, h / 40);
    layout()->setContentsMargins(margin, margin, margin, margin);
    if (!m_qrImage.isNull()) {
        // Whole pixels per module keep the code sharp; a third of the screen's height (about a
        // metre across on a room's screen) scans from the back rows.
        const int avail = std::min(width() - 2 * margin, h * 33 / 100);
        const int module = std::max(2, avail / std::max(1, m_qrImage.width()));
        m_qr->setPixmap(QPixmap::fromImage(m_qrImage.scaled(m_qrImage.size() * module)));
        m_qr->setFixedHeight(m_qrImage.height() * module);
    }
    // The new sizes take their places now, not one event later (screenshots grab at once).
    layout()->activate();
}

} // namespace rt::polls

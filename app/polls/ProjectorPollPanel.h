// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QTimer;

namespace rt {
class Document;
}

namespace rt::polls {

class ResultBars;

/**
 * The open poll as the room sees it beside the projector's timer: the question, the QR code and
 * address phones vote at (while the phone server runs), and the live results, redrawn within a
 * fraction of a second of each committed vote. White on the projector's near-black; every size a
 * fraction of the panel's height so it reads from the back of the room. A closed poll shows its
 * final results.
 */
class ProjectorPollPanel : public QWidget
{
    Q_OBJECT
public:
    ProjectorPollPanel(Document* document, qint64 pollId, const QUrl& url, QWidget* parent = nullptr);

    qint64 pollId() const { return m_poll; }
    QString questionText() const;
    QString urlText() const;
    /** The QR code shown (null when phones cannot vote). */
    QImage qrImage() const { return m_qrImage; }
    /** What the results say, one "label: count" line per bar, then the total line. */
    QString resultsText() const;
    int questionPixelSize() const;
    /** Every option's label fits whole, wrapped, with its bar: nothing is cut off. */
    bool optionsFitWhole() const;
    /** The options' text size in pixels (36 down to 12, the largest that fits). */
    int optionPixelSize() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void applySizes();

    QPointer<Document> m_document;
    qint64 m_poll;
    QUrl m_url;
    QImage m_qrImage;
    QLabel* m_state;
    QLabel* m_question;
    QLabel* m_qr;
    QLabel* m_address;
    ResultBars* m_bars;
    QLabel* m_total;
    QTimer* m_timer;
};

} // namespace rt::polls

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Workspace.h"
#include "slides/Deck.h"
#include "slides/Export.h"
#include "slides/ProgressPack.h"

#include <QMap>

class QLineEdit;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QListView;
class QPushButton;
class QTimer;

namespace rt {

class PackSectionModel;
class SlideListModel;

/** Paints one slide, letterboxed, with the same SlidePainter as the PDF. */
class SlidePreview : public QWidget
{
    Q_OBJECT
public:
    explicit SlidePreview(QWidget* parent = nullptr);
    void setSlide(const slides::Slide& slide);
    void clear();
    QSize sizeHint() const override { return {640, 360}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    slides::Slide m_slide;
    bool m_has = false;
};

/**
 * The Export workspace: the summary pack as it will be written (thumbnails and a large
 * preview), which parts to include in which order and the caveat's words (kept in the session:
 * PackSectionModel), and buttons that write PPTX, PDF, Markdown or CSV on a
 * worker thread with a progress dialog that can cancel.
 */
class ExportWorkspace : public Workspace
{
    Q_OBJECT
public:
    explicit ExportWorkspace(Document* document, QWidget* parent = nullptr);
    ~ExportWorkspace() override;
    QString title() const override;
    QStringList viewNames() const override;
    bool showView(const QString& view, QString* error) override;

    int slideCount() const;
    int currentSlide() const; ///< 0-based, -1 when none
    /** The pack shown and written: the verbatim summary pack, or the place leads' progress update. */
    enum class Pack { Summary, Progress };
    void setPack(Pack pack);
    Pack pack() const;
    /** The progress update's place (0: the whole event) and the day changes are counted from
     *  (invalid: since the event). */
    void setProgressScope(qint64 placeId, const QDate& since);

    /** Writes @p format to @p out off the GUI thread; returns at once (see exportFinished). */
    void startExport(slides::Format format, const QString& out, bool interactive = true);

signals:
    void exportFinished(bool ok, const QStringList& files, const QString& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void attach();
    void rebuild();
    void scheduleRebuild();
    void showCaveat();
    void chooseAndExport(slides::Format format);
    void showSlide(int row);
    void refreshPackControls();
    slides::Deck buildDeck() const;
    slides::ProgressOptions progressOptions() const;

    SlideListModel* m_model;
    QListView* m_list;
    SlidePreview* m_preview;
    PackSectionModel* m_sections;
    QListView* m_sectionList;
    QLineEdit* m_caveat;
    QComboBox* m_pack = nullptr;
    QGroupBox* m_include = nullptr;
    QWidget* m_progressOptions = nullptr;
    QComboBox* m_progressPlace = nullptr;
    QCheckBox* m_sinceOn = nullptr;
    QDateEdit* m_since = nullptr;
    QPushButton* m_csv = nullptr;
    QList<QPushButton*> m_buttons;
    QTimer* m_rebuild;
    slides::SessionData m_data;
    QThread* m_worker = nullptr;
    bool m_stale = false; ///< the session changed while this page was hidden
};

} // namespace rt

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace rt {

class Document;
class RoomController;
class RoomPeerModel;

/**
 * Room ▸ Host a Room… and Room ▸ Room…: before hosting, which network to listen on (only the one
 * chosen) and the port; while hosting, the room's address, join code and QR code for the table
 * laptops, and the laptops in the room with what they capture, when they last called and how many
 * of their edits had not arrived. On a table laptop: the room it is in and how it is doing.
 */
class RoomDialog : public QDialog
{
    Q_OBJECT
public:
    RoomDialog(RoomController* controller, Document* document, QWidget* parent = nullptr);

    RoomPeerModel* peers() const { return m_peers; }

private:
    void open();
    void refresh();

    RoomController* m_controller;
    QPointer<Document> m_document;
    QStackedWidget* m_stack;
    QComboBox* m_address;
    QSpinBox* m_port;
    QLabel* m_problem;
    QLabel* m_url;
    QLabel* m_code;
    QLabel* m_qr;
    QLabel* m_memberStatus;
    QTableView* m_table;
    RoomPeerModel* m_peers;
    QTimer m_tick;
};

} // namespace rt

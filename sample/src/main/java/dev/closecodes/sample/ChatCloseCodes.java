package dev.closecodes.sample;

import dev.closecodes.CloseCode;
import dev.closecodes.CloseCodeRange;
import dev.closecodes.CloseCodeTable;
import dev.closecodes.Reconnect;
import dev.closecodes.StandardCloseCodes;
import dev.closecodes.Translation;

/**
 * The close codes of a chat service: the standard ones, and the service's own in three ranges of the
 * applications' space, with each of the four kinds of reconnect advice: a banned account never reconnects, a full
 * room backs off, a room that moved reconnects at once, and a client closed with 3000 Unauthorized gets a fresh
 * token first. The processor generates {@code ChatCloseCode}, {@code ChatCloseCodeRange} and
 * {@code ChatCloseEvent} from it.
 */
@CloseCodeTable
@CloseCodeRange(name = "AUTH", from = 4000, to = 4099, title = "Authentication",
        description = "The server refused the client's credentials.", reconnect = Reconnect.NEVER,
        translations = {
                @Translation(locale = "pt-BR", title = "Autenticação",
                        description = "O servidor recusou as credenciais do cliente."),
                @Translation(locale = "fr", title = "Authentification",
                        description = "Le serveur a refusé les identifiants du client."),
                @Translation(locale = "zh-CN", title = "身份验证", description = "服务器拒绝了客户端的凭据。")
        })
@CloseCodeRange(name = "LIMITS", from = 4100, to = 4199, title = "Limits",
        description = "The client went over one of the service's limits for a while.", reconnect = Reconnect.BACKOFF,
        translations = {
                @Translation(locale = "pt-BR", title = "Limites",
                        description = "O cliente ultrapassou por um tempo um dos limites do serviço."),
                @Translation(locale = "fr", title = "Limites",
                        description = "Le client a dépassé pour un temps l'une des limites du service."),
                @Translation(locale = "zh-CN", title = "限制", description = "客户端暂时超出了服务的某项限制。")
        })
@CloseCodeRange(name = "ROOMS", from = 4200, to = 4299, title = "Rooms",
        description = "Something happened to the chat room the client was in.", reconnect = Reconnect.NEVER,
        translations = {
                @Translation(locale = "pt-BR", title = "Salas",
                        description = "Algo aconteceu com a sala de bate-papo em que o cliente estava."),
                @Translation(locale = "fr", title = "Salons",
                        description = "Il est arrivé quelque chose au salon où se trouvait le client."),
                @Translation(locale = "zh-CN", title = "聊天室", description = "客户端所在的聊天室发生了变化。")
        })
public interface ChatCloseCodes extends StandardCloseCodes {

    /** The session token expired. */
    @CloseCode(title = "Token Expired", aliases = "SESSION_EXPIRED",
            description = "The session token expired; sign in again before reconnecting.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Token expirado",
                            description = "O token expirou; entre de novo antes de reconectar."),
                    @Translation(locale = "fr", title = "Jeton expiré",
                            description = "Le jeton de session a expiré ; reconnectez-vous avant de revenir."),
                    @Translation(locale = "zh-CN", title = "令牌已过期", description = "会话令牌已过期；请重新登录后再连接。")
            })
    int TOKEN_EXPIRED = 4001;

    /** The account is banned. */
    @CloseCode(title = "Banned",
            description = "The account is banned from the service.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Banido", description = "A conta foi banida do serviço."),
                    @Translation(locale = "fr", title = "Banni", description = "Le compte est banni du service."),
                    @Translation(locale = "zh-CN", title = "已封禁", description = "该账号已被服务封禁。")
            })
    int BANNED = 4003;

    /** Too many messages in too short a time. */
    @CloseCode(title = "Rate Limited",
            description = "The client sent too many messages too fast; slow down and reconnect later.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Limite de envio",
                            description = "O cliente enviou mensagens demais rápido demais; vá com calma e reconecte "
                                    + "mais tarde."),
                    @Translation(locale = "fr", title = "Débit limité",
                            description = "Le client a envoyé trop de messages trop vite ; ralentissez et "
                                    + "reconnectez-vous plus tard."),
                    @Translation(locale = "zh-CN", title = "频率受限", description = "客户端发送消息过快过多；请放慢速度，稍后再连接。")
            })
    int RATE_LIMITED = 4100;

    /** The room is full. */
    @CloseCode(title = "Room Full", reconnect = Reconnect.BACKOFF,
            description = "The chat room is full; try again when someone leaves.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Sala cheia",
                            description = "A sala está cheia; tente de novo quando alguém sair."),
                    @Translation(locale = "fr", title = "Salon complet",
                            description = "Le salon est complet ; réessayez quand quelqu'un le quittera."),
                    @Translation(locale = "zh-CN", title = "聊天室已满", description = "聊天室已满；有人离开后再试。")
            })
    int ROOM_FULL = 4201;

    /** The room was closed by its owner. */
    @CloseCode(title = "Room Closed",
            description = "The room's owner closed the chat room.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Sala fechada", description = "O dono da sala a fechou."),
                    @Translation(locale = "fr", title = "Salon fermé", description = "Le propriétaire a fermé le salon."),
                    @Translation(locale = "zh-CN", title = "聊天室已关闭", description = "聊天室的所有者关闭了聊天室。")
            })
    int ROOM_CLOSED = 4202;

    /** The room moved to another server. */
    @CloseCode(title = "Room Moved", reconnect = Reconnect.IMMEDIATELY,
            description = "The chat room moved to another server; reconnect at once to follow it.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Sala transferida",
                            description = "A sala foi para outro servidor; reconecte já para acompanhá-la."),
                    @Translation(locale = "fr", title = "Salon déplacé",
                            description = "Le salon est passé sur un autre serveur ; reconnectez-vous tout de suite "
                                    + "pour le suivre."),
                    @Translation(locale = "zh-CN", title = "聊天室已迁移", description = "聊天室已迁移到另一台服务器；请立即重连以跟上它。")
            })
    int ROOM_MOVED = 4203;
}

package dev.closecodes;

/**
 * The standard WebSocket close codes and ranges: every code of the IANA "WebSocket Close Code Number Registry"
 * (RFC 6455 §7.4) with its registry name, and the five ranges RFC 6455 §7.4.2 divides the codes into.
 *
 * <p>A close-code table extends this interface and adds its own codes and ranges in 3000–4999:
 *
 * <pre>{@code
 * @CloseCodeTable
 * public interface ChatCloseCodes extends StandardCloseCodes {
 *     @CloseCode(title = "Token Expired", description = "The session token expired; sign in again.")
 *     int TOKEN_EXPIRED = 4001;
 * }
 * }</pre>
 *
 * <p>The constants are plain {@code int}s, so they also serve code that has no generated types at hand:
 * {@code session.close(StandardCloseCodes.GOING_AWAY, "restarting")}.
 */
@CloseCodeRange(name = "NOT_USED", from = 0, to = 999, title = "Not Used",
        description = "Codes below 1000 are not used; a close frame must never carry one.",
        sendable = false, reconnect = Reconnect.NEVER,
        translations = {
                @Translation(locale = "pt-BR", title = "Não utilizados",
                        description = "Os códigos abaixo de 1000 não são usados; "
                                + "um quadro de fechamento nunca deve trazer um deles."),
                @Translation(locale = "fr", title = "Non utilisés",
                        description = "Les codes inférieurs à 1000 ne sont pas utilisés ; "
                                + "une trame de fermeture ne doit jamais en contenir."),
                @Translation(locale = "zh-CN", title = "未使用",
                        description = "小于 1000 的关闭码不使用；关闭帧绝不能携带此类关闭码。")
        })
@CloseCodeRange(name = "STANDARD", from = 1000, to = 1999, title = "Protocol",
        description = "Codes that RFC 6455 and its updates define; only the registered, sendable ones may be sent.",
        sendable = false, reconnect = Reconnect.NEVER,
        translations = {
                @Translation(locale = "pt-BR", title = "Protocolo",
                        description = "Códigos definidos pela RFC 6455 e por suas atualizações; "
                                + "só podem ser enviados os registrados que admitem envio."),
                @Translation(locale = "fr", title = "Protocole",
                        description = "Codes définis par la RFC 6455 et ses mises à jour ; "
                                + "seuls les codes enregistrés dont l'envoi est permis peuvent être envoyés."),
                @Translation(locale = "zh-CN", title = "协议",
                        description = "由 RFC 6455 及其后续更新定义的关闭码；只有已注册且允许发送的关闭码才能发送。")
        })
@CloseCodeRange(name = "EXTENSIONS", from = 2000, to = 2999, title = "Extensions",
        description = "Codes reserved for WebSocket extensions that a specification defines.",
        sendable = false, reconnect = Reconnect.NEVER,
        translations = {
                @Translation(locale = "pt-BR", title = "Extensões",
                        description = "Códigos reservados para extensões do WebSocket definidas em uma especificação."),
                @Translation(locale = "fr", title = "Extensions",
                        description = "Codes réservés aux extensions WebSocket définies par une spécification."),
                @Translation(locale = "zh-CN", title = "扩展",
                        description = "为由规范定义的 WebSocket 扩展保留的关闭码。")
        })
@CloseCodeRange(name = "LIBRARIES", from = 3000, to = 3999, title = "Libraries and Frameworks",
        description = "Codes for libraries, frameworks and applications, registered with IANA first come, first served.",
        sendable = true, reconnect = Reconnect.NEVER,
        translations = {
                @Translation(locale = "pt-BR", title = "Bibliotecas e frameworks",
                        description = "Códigos para bibliotecas, frameworks e aplicações, "
                                + "registrados na IANA por ordem de chegada."),
                @Translation(locale = "fr", title = "Bibliothèques et frameworks",
                        description = "Codes destinés aux bibliothèques, frameworks et applications, "
                                + "enregistrés auprès de l'IANA selon le principe du premier arrivé, premier servi."),
                @Translation(locale = "zh-CN", title = "库与框架",
                        description = "供库、框架和应用使用的关闭码，按先到先得的原则向 IANA 注册。")
        })
@CloseCodeRange(name = "APPLICATIONS", from = 4000, to = 4999, title = "Applications",
        description = "Codes for an application's private use, agreed between its client and server.",
        sendable = true, reconnect = Reconnect.NEVER,
        translations = {
                @Translation(locale = "pt-BR", title = "Aplicações",
                        description = "Códigos de uso privado de uma aplicação, "
                                + "combinados entre seu cliente e seu servidor."),
                @Translation(locale = "fr", title = "Applications",
                        description = "Codes à usage privé d'une application, "
                                + "convenus entre son client et son serveur."),
                @Translation(locale = "zh-CN", title = "应用",
                        description = "供应用私有使用的关闭码，由其客户端与服务器自行约定。")
        })
public interface StandardCloseCodes {

    /** 1000: the connection did what it was opened for. */
    @CloseCode(title = "Normal Closure", aliases = "CLOSE_NORMAL", reconnect = Reconnect.NEVER,
            description = "The connection did what it was opened for and is closing normally.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Fechamento normal",
                            description = "A conexão cumpriu o propósito para o qual foi aberta "
                                    + "e está sendo fechada normalmente."),
                    @Translation(locale = "fr", title = "Fermeture normale",
                            description = "La connexion a accompli ce pour quoi elle avait été ouverte "
                                    + "et se ferme normalement."),
                    @Translation(locale = "zh-CN", title = "正常关闭",
                            description = "连接已完成其预定任务，正在正常关闭。")
            })
    int NORMAL_CLOSURE = 1000;

    /** 1001: an endpoint is leaving, such as a server shutting down or a page being left. */
    @CloseCode(title = "Going Away", aliases = "CLOSE_GOING_AWAY", reconnect = Reconnect.BACKOFF,
            description = "An endpoint is going away, such as a server shutting down or a browser leaving the page.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Saída do endpoint",
                            description = "Um endpoint está saindo, por exemplo, "
                                    + "um servidor sendo desligado ou um navegador deixando a página."),
                    @Translation(locale = "fr", title = "Départ",
                            description = "Un point de terminaison s'en va, "
                                    + "par exemple un serveur qui s'arrête ou un navigateur qui quitte la page."),
                    @Translation(locale = "zh-CN", title = "端点离开",
                            description = "端点即将离开，例如服务器正在关闭或浏览器离开了页面。")
            })
    int GOING_AWAY = 1001;

    /** 1002: an endpoint received a frame that breaks the protocol. */
    @CloseCode(title = "Protocol error", aliases = "CLOSE_PROTOCOL_ERROR", reconnect = Reconnect.NEVER,
            description = "An endpoint received a frame that breaks the WebSocket protocol.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Erro de protocolo",
                            description = "Um endpoint recebeu um quadro que viola o protocolo WebSocket."),
                    @Translation(locale = "fr", title = "Erreur de protocole",
                            description = "Un point de terminaison a reçu une trame "
                                    + "qui enfreint le protocole WebSocket."),
                    @Translation(locale = "zh-CN", title = "协议错误",
                            description = "端点收到了违反 WebSocket 协议的帧。")
            })
    int PROTOCOL_ERROR = 1002;

    /** 1003: an endpoint received a kind of data it does not accept. */
    @CloseCode(title = "Unsupported Data", aliases = "CLOSE_UNSUPPORTED", reconnect = Reconnect.NEVER,
            description = "An endpoint received a kind of data it does not accept, such as binary where it takes only text.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Dados não suportados",
                            description = "Um endpoint recebeu um tipo de dado que não aceita, por exemplo, "
                                    + "binário quando só aceita texto."),
                    @Translation(locale = "fr", title = "Données non prises en charge",
                            description = "Un point de terminaison a reçu un type de données qu'il n'accepte pas, "
                                    + "par exemple du binaire alors qu'il n'accepte que du texte."),
                    @Translation(locale = "zh-CN", title = "不支持的数据",
                            description = "端点收到了它不接受的数据类型，例如只接受文本时收到了二进制数据。")
            })
    int UNSUPPORTED_DATA = 1003;

    /** 1004: reserved; its meaning may be defined later. Never sent. */
    @CloseCode(title = "Reserved", sendable = false, reconnect = Reconnect.NEVER,
            description = "Reserved; a meaning may be given to it later. It must not be sent.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Reservado",
                            description = "Reservado; poderá receber um significado no futuro. Não deve ser enviado."),
                    @Translation(locale = "fr", title = "Réservé",
                            description = "Réservé ; une signification pourra lui être attribuée plus tard. "
                                    + "Il ne doit pas être envoyé."),
                    @Translation(locale = "zh-CN", title = "保留",
                            description = "保留；以后可能会为其赋予含义。不得发送。")
            })
    int RESERVED = 1004;

    /** 1005: the close frame carried no code. Never sent. */
    @CloseCode(title = "No Status Rcvd", aliases = "CLOSE_NO_STATUS", sendable = false, reconnect = Reconnect.NEVER,
            description = "The close frame carried no status code. Only reported locally; it must not be sent.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Nenhum status recebido",
                            description = "O quadro de fechamento não trazia código de status. "
                                    + "Este código só é informado localmente; não deve ser enviado."),
                    @Translation(locale = "fr", title = "Aucun code d'état reçu",
                            description = "La trame de fermeture ne contenait aucun code d'état. "
                                    + "Ce code n'est signalé qu'en local ; il ne doit pas être envoyé."),
                    @Translation(locale = "zh-CN", title = "未收到状态码",
                            description = "关闭帧中没有携带状态码。仅在本地报告，不得发送。")
            })
    int NO_STATUS_RECEIVED = 1005;

    /** 1006: the connection dropped without a close frame. Never sent. */
    @CloseCode(title = "Abnormal Closure", aliases = "CLOSE_ABNORMAL", sendable = false, reconnect = Reconnect.BACKOFF,
            description = "The connection dropped without a close frame. Only reported locally; it must not be sent.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Fechamento anormal",
                            description = "A conexão caiu sem um quadro de fechamento. "
                                    + "Este código só é informado localmente; não deve ser enviado."),
                    @Translation(locale = "fr", title = "Fermeture anormale",
                            description = "La connexion a été interrompue sans trame de fermeture. "
                                    + "Ce code n'est signalé qu'en local ; il ne doit pas être envoyé."),
                    @Translation(locale = "zh-CN", title = "异常关闭",
                            description = "连接在没有关闭帧的情况下断开。仅在本地报告，不得发送。")
            })
    int ABNORMAL_CLOSURE = 1006;

    /** 1007: a message's data did not match its type, such as a text message that is not UTF-8. */
    @CloseCode(title = "Invalid frame payload data", reconnect = Reconnect.NEVER,
            description = "A message's data did not match its type, such as a text message that is not valid UTF-8.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Dados de quadro inválidos",
                            description = "Os dados de uma mensagem não correspondiam ao seu tipo, por exemplo, "
                                    + "uma mensagem de texto que não está em UTF-8 válido."),
                    @Translation(locale = "fr", title = "Données de trame invalides",
                            description = "Les données d'un message ne correspondaient pas à son type, "
                                    + "par exemple un message texte qui n'est pas de l'UTF-8 valide."),
                    @Translation(locale = "zh-CN", title = "无效的帧载荷数据",
                            description = "消息的数据与其类型不符，例如文本消息不是有效的 UTF-8。")
            })
    int INVALID_PAYLOAD = 1007;

    /** 1008: a message broke the endpoint's policy. */
    @CloseCode(title = "Policy Violation", reconnect = Reconnect.NEVER,
            description = "A message broke the endpoint's policy; the generic code where no other one fits.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Violação de política",
                            description = "Uma mensagem violou a política do endpoint; "
                                    + "é o código genérico para quando nenhum outro se aplica."),
                    @Translation(locale = "fr", title = "Violation de politique",
                            description = "Un message a enfreint la politique du point de terminaison ; "
                                    + "c'est le code générique lorsqu'aucun autre ne convient."),
                    @Translation(locale = "zh-CN", title = "违反策略",
                            description = "消息违反了端点的策略；这是没有其他合适关闭码时使用的通用码。")
            })
    int POLICY_VIOLATION = 1008;

    /** 1009: a message was too big to process. */
    @CloseCode(title = "Message Too Big", aliases = "CLOSE_TOO_LARGE", reconnect = Reconnect.NEVER,
            description = "A message was too big for the endpoint to process.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Mensagem grande demais",
                            description = "Uma mensagem era grande demais para o endpoint processar."),
                    @Translation(locale = "fr", title = "Message trop volumineux",
                            description = "Un message était trop volumineux "
                                    + "pour que le point de terminaison puisse le traiter."),
                    @Translation(locale = "zh-CN", title = "消息过大",
                            description = "消息过大，端点无法处理。")
            })
    int MESSAGE_TOO_BIG = 1009;

    /** 1010: the server did not agree to an extension the client requires. */
    @CloseCode(title = "Mandatory Ext.", reconnect = Reconnect.NEVER,
            description = "The client requires an extension that the server did not agree to in the handshake.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Extensão obrigatória",
                            description = "O cliente exige uma extensão que o servidor não aceitou no handshake."),
                    @Translation(locale = "fr", title = "Extension obligatoire",
                            description = "Le client exige une extension "
                                    + "que le serveur n'a pas acceptée lors de la négociation d'ouverture."),
                    @Translation(locale = "zh-CN", title = "必需的扩展",
                            description = "客户端要求使用某个扩展，但服务器在握手时未同意。")
            })
    int MANDATORY_EXTENSION = 1010;

    /** 1011: the server met an unexpected condition. */
    @CloseCode(title = "Internal Error", reconnect = Reconnect.BACKOFF,
            description = "The server met an unexpected condition that kept it from finishing the request.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Erro interno",
                            description = "O servidor encontrou uma condição inesperada "
                                    + "que o impediu de concluir a requisição."),
                    @Translation(locale = "fr", title = "Erreur interne",
                            description = "Le serveur a rencontré une situation inattendue "
                                    + "qui l'a empêché d'aller au bout de la requête."),
                    @Translation(locale = "zh-CN", title = "内部错误",
                            description = "服务器遇到意外情况，无法完成请求。")
            })
    int INTERNAL_ERROR = 1011;

    /** 1012: the service is restarting. */
    @CloseCode(title = "Service Restart", reconnect = Reconnect.BACKOFF,
            description = "The service is restarting; reconnect after a short, randomized wait.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Reinício do serviço",
                            description = "O serviço está reiniciando; reconecte após uma espera curta e aleatória."),
                    @Translation(locale = "fr", title = "Redémarrage du service",
                            description = "Le service redémarre ; "
                                    + "reconnectez-vous après une courte attente de durée aléatoire."),
                    @Translation(locale = "zh-CN", title = "服务重启",
                            description = "服务正在重启；请在短暂的随机等待后重新连接。")
            })
    int SERVICE_RESTART = 1012;

    /** 1013: the server is overloaded for now. */
    @CloseCode(title = "Try Again Later", reconnect = Reconnect.BACKOFF,
            description = "The server is overloaded for now; reconnect later, waiting longer each time.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Tente novamente mais tarde",
                            description = "O servidor está sobrecarregado no momento; reconecte mais tarde, "
                                    + "esperando mais a cada tentativa."),
                    @Translation(locale = "fr", title = "Réessayer plus tard",
                            description = "Le serveur est momentanément surchargé ; "
                                    + "reconnectez-vous plus tard en attendant plus longtemps à chaque tentative."),
                    @Translation(locale = "zh-CN", title = "稍后重试",
                            description = "服务器暂时过载；请稍后重新连接，每次重试的等待时间逐步延长。")
            })
    int TRY_AGAIN_LATER = 1013;

    /** 1014: a gateway or proxy got an invalid answer from upstream. */
    @CloseCode(title = "Bad Gateway", reconnect = Reconnect.BACKOFF,
            description = "A gateway or proxy got an invalid response from the server behind it.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Gateway inválido",
                            description = "Um gateway ou proxy recebeu uma resposta inválida "
                                    + "do servidor por trás dele."),
                    @Translation(locale = "fr", title = "Mauvaise passerelle",
                            description = "Une passerelle ou un proxy a reçu une réponse invalide "
                                    + "du serveur situé derrière lui."),
                    @Translation(locale = "zh-CN", title = "网关错误",
                            description = "网关或代理从其后端服务器收到了无效响应。")
            })
    int BAD_GATEWAY = 1014;

    /** 1015: the TLS handshake failed. Never sent. */
    @CloseCode(title = "TLS handshake", sendable = false, reconnect = Reconnect.NEVER,
            description = "The TLS handshake failed, for example because the certificate could not be verified. "
                    + "Only reported locally; it must not be sent.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Handshake TLS",
                            description = "O handshake TLS falhou, "
                                    + "por exemplo, porque não foi possível verificar o certificado. "
                                    + "Este código só é informado localmente; não deve ser enviado."),
                    @Translation(locale = "fr", title = "Négociation TLS",
                            description = "La négociation TLS a échoué, "
                                    + "par exemple parce que le certificat n'a pas pu être vérifié. "
                                    + "Ce code n'est signalé qu'en local ; il ne doit pas être envoyé."),
                    @Translation(locale = "zh-CN", title = "TLS 握手",
                            description = "TLS 握手失败，例如无法验证证书。仅在本地报告，不得发送。")
            })
    int TLS_HANDSHAKE = 1015;

    /** 3000: the request lacks valid credentials; get fresh ones, then reconnect. */
    @CloseCode(title = "Unauthorized", reconnect = Reconnect.REAUTHENTICATE,
            description = "The endpoint requires authentication and the client gave no valid credentials.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Não autorizado",
                            description = "O endpoint exige autenticação "
                                    + "e o cliente não forneceu credenciais válidas."),
                    @Translation(locale = "fr", title = "Non autorisé",
                            description = "Le point de terminaison exige une authentification "
                                    + "et le client n'a fourni aucun identifiant valide."),
                    @Translation(locale = "zh-CN", title = "未授权",
                            description = "端点要求身份验证，但客户端未提供有效凭据。")
            })
    int UNAUTHORIZED = 3000;

    /** 3003: the client is not allowed what it asked for. */
    @CloseCode(title = "Forbidden", reconnect = Reconnect.NEVER,
            description = "The client is authenticated but not allowed to do what it asked.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Proibido",
                            description = "O cliente está autenticado, mas não tem permissão para fazer o que pediu."),
                    @Translation(locale = "fr", title = "Interdit",
                            description = "Le client est authentifié "
                                    + "mais n'est pas autorisé à faire ce qu'il a demandé."),
                    @Translation(locale = "zh-CN", title = "禁止访问",
                            description = "客户端已通过身份验证，但无权执行所请求的操作。")
            })
    int FORBIDDEN = 3003;

    /** 3008: the peer took too long. */
    @CloseCode(title = "Timeout", reconnect = Reconnect.BACKOFF,
            description = "The peer took too long to answer or to finish an operation.",
            translations = {
                    @Translation(locale = "pt-BR", title = "Tempo esgotado",
                            description = "A outra ponta demorou demais para responder ou para concluir uma operação."),
                    @Translation(locale = "fr", title = "Délai dépassé",
                            description = "Le pair a mis trop de temps à répondre ou à terminer une opération."),
                    @Translation(locale = "zh-CN", title = "超时",
                            description = "对端响应或完成操作的时间过长。")
            })
    int TIMEOUT = 3008;
}

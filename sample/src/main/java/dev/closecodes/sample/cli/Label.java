package dev.closecodes.sample.cli;

import dev.closecodes.Reconnect;
import java.util.List;
import java.util.Locale;

/**
 * The words the commands print around the table's own text, in the four languages the tables ship: English,
 * Brazilian Portuguese, French and Simplified Chinese. A language is chosen as the generated {@code description(Locale)}
 * chooses a translation: the exact tag, then any of the same language, then English; so the labels and the table's
 * texts always speak the same language.
 */
enum Label {
    CODE("code", "código", "code", "关闭码"),
    CODES("codes", "códigos", "codes", "关闭码"),
    NAME("name", "nome", "nom", "名称"),
    TITLE("title", "título", "titre", "标题"),
    DESCRIPTION("description", "descrição", "description", "描述"),
    RANGE("range", "faixa", "plage", "范围"),
    SENDABLE("sendable", "envio", "envoi", "可发送"),
    CLOSE_METHOD("close()", "close()", "close()", "close()"),
    RECONNECT("reconnect", "reconexão", "reconnexion", "重连"),
    NOTE("note", "nota", "remarque", "说明"),
    YES("yes", "sim", "oui", "是"),
    NO("no", "não", "non", "否"),
    OTHER_CODES("other", "outros", "autres", "其他"),
    ALSO("also %s", "também %s", "aussi %s", "又名 %s"),
    /** What comes between a short answer or a name and what it means. */
    COLON(": ", ": ", " : ", "："),
    UNDECLARED("%s is not defined: neither the standard nor the chat service's table declares it.",
            "%s não está definido: nem a tabela padrão nem a do serviço de chat o declaram.",
            "%s n'est pas défini : ni la table standard ni celle du service de discussion ne le déclarent.",
            "%s 未定义：标准表和聊天服务的表都没有声明它。"),
    OUTSIDE_FRAMES("no close frame can carry it: codes are 0-65535",
            "nenhum quadro de fechamento pode levá-lo: os códigos vão de 0 a 65535",
            "aucune trame de fermeture ne peut le porter : les codes vont de 0 à 65535",
            "任何关闭帧都无法携带它：关闭码的取值为 0-65535"),
    RANGE_APPLIES("what its range says applies to it",
            "vale para ele o que a sua faixa diz",
            "ce que dit sa plage vaut pour lui",
            "它所在范围的说明适用于它"),
    SENDABLE_YES("an endpoint may put it in a close frame",
            "um endpoint pode colocá-lo em um quadro de fechamento",
            "un point de terminaison peut le mettre dans une trame de fermeture",
            "端点可以把它放进关闭帧"),
    SENDABLE_NO("it must never appear in a close frame",
            "ele nunca deve aparecer em um quadro de fechamento",
            "il ne doit jamais figurer dans une trame de fermeture",
            "它绝不能出现在关闭帧中"),
    CLOSE_METHOD_YES("a browser's WebSocket.close(%d) accepts it",
            "o WebSocket.close(%d) de um navegador o aceita",
            "le WebSocket.close(%d) d'un navigateur l'accepte",
            "浏览器的 WebSocket.close(%d) 接受它"),
    CLOSE_METHOD_NO("a browser's WebSocket.close() throws InvalidAccessError; it takes 1000 and 3000-4999 only",
            "o WebSocket.close() de um navegador lança InvalidAccessError; ele só aceita 1000 e 3000-4999",
            "le WebSocket.close() d'un navigateur lève InvalidAccessError ; il n'accepte que 1000 et 3000-4999",
            "浏览器的 WebSocket.close() 会抛出 InvalidAccessError；它只接受 1000 和 3000-4999"),
    NEVER("the condition will not go away by itself; reconnect only once something changes",
            "a condição não vai passar sozinha; reconecte só depois que algo mudar",
            "la situation ne se réglera pas d'elle-même ; ne vous reconnectez qu'une fois que quelque chose a changé",
            "这种情况不会自行消失；等情况有变再重连"),
    BACKOFF("transient; reconnect with exponential backoff and jitter",
            "passageiro; reconecte esperando cada vez mais entre as tentativas, com uma variação aleatória",
            "passager ; reconnectez-vous en attendant de plus en plus longtemps, avec une part de hasard",
            "暂时性问题；按指数退避并加随机抖动后重连"),
    IMMEDIATELY("reconnect at once, without waiting; if that attempt fails too, back off",
            "reconecte já, sem esperar; se essa tentativa também falhar, espere cada vez mais",
            "reconnectez-vous tout de suite, sans attendre ; si cette tentative échoue aussi, espacez les suivantes",
            "立即重连，不必等待；如果这次也失败，再改用退避重连"),
    REAUTHENTICATE("get fresh credentials first (refresh the token or sign in again), then reconnect with backoff",
            "obtenha credenciais novas primeiro (renove o token ou entre de novo) e depois reconecte, esperando "
                    + "cada vez mais entre as tentativas",
            "obtenez d'abord de nouveaux identifiants (renouvelez le jeton ou reconnectez-vous au compte), puis "
                    + "reconnectez-vous en espaçant les tentatives",
            "先获取新的凭据（刷新令牌或重新登录），再按退避方式重连"),
    UNKNOWN_NAME("No close code is named '%s'. Give a number from 0 to 65535, or a name, title or alias such as "
                    + "CLOSE_NORMAL; 'table' lists them all.",
            "Nenhum código de fechamento se chama '%s'. Dê um número de 0 a 65535, ou um nome, título ou apelido "
                    + "como CLOSE_NORMAL; 'table' lista todos.",
            "Aucun code de fermeture ne s'appelle « %s ». Donnez un nombre de 0 à 65535, ou un nom, un titre ou un "
                    + "alias comme CLOSE_NORMAL ; « table » les liste tous.",
            "没有名为“%s”的关闭码。请给出 0 到 65535 之间的数字，或 CLOSE_NORMAL 这样的名称、标题或别名；“table”会列出全部。");

    /** The languages, in the order of each label's texts: the exact tags first, so that they win. */
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("pt-BR"),
            Locale.FRENCH, Locale.forLanguageTag("zh-CN"));

    private final List<String> texts;

    Label(String english, String portuguese, String french, String chinese) {
        this.texts = List.of(english, portuguese, french, chinese);
    }

    /**
     * Returns this label in a language.
     *
     * @param locale the language asked for
     * @return the label in that language, in another variety of its language, or in English
     */
    String in(Locale locale) {
        return texts.get(language(locale));
    }

    /**
     * Returns this label in a language, with its placeholders filled in.
     *
     * @param locale the language asked for
     * @param arguments the values of the label's {@code %s} and {@code %d}
     * @return the text
     */
    String in(Locale locale, Object... arguments) {
        return String.format(Locale.ROOT, in(locale), arguments);
    }

    /**
     * Returns the words for a kind of advice: its constant's name, then what to do.
     *
     * @param reconnect the advice
     * @param locale the language asked for
     * @return such as {@code "NEVER: the condition will not go away by itself; …"}, or in French
     *     {@code "NEVER : la situation …"}
     */
    static String advice(Reconnect reconnect, Locale locale) {
        Label words = switch (reconnect) {
            case NEVER -> NEVER;
            case BACKOFF -> BACKOFF;
            case IMMEDIATELY -> IMMEDIATELY;
            case REAUTHENTICATE -> REAUTHENTICATE;
        };
        return reconnect.name() + COLON.in(locale) + words.in(locale);
    }

    /**
     * Returns {@link #YES} or {@link #NO}.
     *
     * @param yes which
     * @param locale the language asked for
     * @return the word
     */
    static String yesNo(boolean yes, Locale locale) {
        return (yes ? YES : NO).in(locale);
    }

    private static int language(Locale locale) {
        String tag = locale.toLanguageTag();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            if (LANGUAGES.get(i).toLanguageTag().equalsIgnoreCase(tag)) {
                return i;
            }
        }
        for (int i = 0; i < LANGUAGES.size(); i++) {
            if (LANGUAGES.get(i).getLanguage().equals(locale.getLanguage())) {
                return i;
            }
        }
        return 0;
    }
}

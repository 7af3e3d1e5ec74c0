/**
 * The argument names an ICU message uses: `Next card {when}.` → ["when"];
 * `{count, plural, one {# day} other {# days}}` → ["count"] (a branch's text is not an
 * argument). Nested messages inside plural/select branches are read too. Sorted, unique.
 */
export function messageArguments(message: string): string[] {
  const names = new Set<string>();
  let i = 0;
  const readMessage = (): void => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "'" && (message[i + 1] === "{" || message[i + 1] === "}")) {
        i = message.indexOf("'", i + 1) + 1 || message.length; // quoted literal braces
      } else if (message[i] === "{") {
        i++;
        readArgument();
      } else i++;
    }
  };
  const readArgument = (): void => {
    const head = /^\s*(\w+)\s*(?:,\s*(\w+)\s*)?/.exec(message.slice(i))!;
    names.add(head[1]);
    i += head[0].length;
    if (message[i] === ",") {
      // plural/select: branches `key {message}` until the closing brace.
      i++;
      while (i < message.length && message[i] !== "}") {
        if (message[i] === "{") {
          i++;
          readMessage();
        }
        i++;
      }
    }
    i++; // the argument's closing brace
  };
  readMessage();
  return [...names].sort();
}

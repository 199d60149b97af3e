export default function stringWidth(text: string, options?: {
    countAnsiEscapeCodes?: boolean;
}): number;

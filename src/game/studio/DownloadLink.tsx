import { useEffect, useMemo } from 'preact/hooks';

/** The draft as a YAML file, named after the scenario's id; the object URL is released when the text changes. */
export function DownloadLink({ text, file, label }: { text: string; file: string; label: string }) {
  const url = useMemo(() => URL.createObjectURL(new Blob([text], { type: 'application/yaml' })), [text]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <a class="button" href={url} download={file}>
      {label}
    </a>
  );
}

"""Pure renderers: values in, rich renderables out. Nothing here prints."""
